import { insertFamily } from "@hearth/db";
import type { FamilyCreate } from "@hearth/domain";
import { ownerAreaForNewRecord } from "../people/person-area";
import { audit } from "../trpc";
import type { ScopedContext } from "./family-view";
import { assertMembersInScope } from "./members-in-scope";

/** A new family, owned by its postcode's area, else the area chosen, else the creator's (ADR 8). */
export async function createFamily(ctx: ScopedContext, input: FamilyCreate) {
  const event = { action: "family.create", entityType: "family" };
  await assertMembersInScope(
    ctx,
    input.members.map((m) => m.personId),
    event.action,
  );
  const areaId = await ownerAreaForNewRecord(ctx, ctx.db, input, event);
  return ctx.db.transaction(async (tx) => {
    const family = await insertFamily(tx, { name: input.name, postcode: input.postcode, areaId, createdBy: ctx.staff.id }, input.members);
    await audit(ctx, tx, { ...event, entityId: family.id, detail: { members: input.members.length } });
    return family;
  });
}
