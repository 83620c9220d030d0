import type { Db, getFamily } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import type { Context } from "../context";
import { audit } from "../trpc";

export type ScopedContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };
type LoadedFamily = NonNullable<Awaited<ReturnType<typeof getFamily>>>;

/**
 * A family the reader may open, as they may see it: only the members whose own area they can see,
 * and a count of the rest, since a family can span areas and one area's family record must not
 * open another area's child. Every member shown is a read of that person, audited on `tx` (the
 * read's transaction) as a person page would be.
 */
export async function showFamily(ctx: ScopedContext, tx: Db, family: LoadedFamily) {
  const members = family.members.filter((m) => canSeeArea(ctx.scope, m.areaId));
  for (const member of members)
    await audit(ctx, tx, { action: "person.read", entityType: "person", entityId: member.personId, detail: { via: "family", familyId: family.id } });
  return { ...family, members, membersOutsideYourArea: family.members.length - members.length };
}
