import { areasOfPeople } from "@hearth/db";
import { assertRecordInScope } from "../trpc";
import type { ScopedContext } from "./family-view";

/** Everyone added to a family must be someone the caller may see; otherwise it is an unknown person. */
export async function assertMembersInScope(ctx: ScopedContext, personIds: string[], action: string) {
  const found = await areasOfPeople(ctx.db, personIds);
  for (const personId of personIds) {
    const person = found.find((p) => p.id === personId) ?? null;
    await assertRecordInScope(ctx, person, { action, entityType: "person", entityId: personId });
  }
}
