import { getFamily, updateFamily } from "@hearth/db";
import type { FamilyUpdate } from "@hearth/domain";
import { ownerAreaAfterPostcodeChange } from "../people/person-area";
import { assertRecordInScope, audit } from "../trpc";
import { showFamily, type ScopedContext } from "./family-view";
import { assertMembersInScope } from "./members-in-scope";

/**
 * Changes a family the caller can already see. A new postcode in the county moves it to that area
 * (one the caller can see); one outside keeps it where it is, so nobody can move in a record they
 * cannot open. Answers with the family as a read would show it.
 */
export async function updateFamilyRecord(ctx: ScopedContext, input: FamilyUpdate) {
  const event = { action: "family.update", entityType: "family", entityId: input.familyId };
  const existing = await getFamily(ctx.db, input.familyId);
  await assertRecordInScope(ctx, existing, event);
  // Removing a member changes their record too, so it needs the same right as adding one.
  await assertMembersInScope(ctx, [...input.addMembers.map((m) => m.personId), ...input.removePersonIds], event.action);
  const areaChange = await ownerAreaAfterPostcodeChange(ctx, ctx.db, { postcode: input.postcode, currentAreaId: existing!.areaId }, event);
  const changes = { ...(input.name ? { name: input.name } : {}), ...(input.postcode ? { postcode: input.postcode } : {}), ...areaChange };
  return ctx.db.transaction(async (tx) => {
    await updateFamily(tx, input.familyId, changes, input.addMembers, input.removePersonIds);
    await audit(ctx, tx, {
      ...event,
      detail: { fields: Object.keys(changes), added: input.addMembers.map((m) => m.personId), removed: input.removePersonIds },
    });
    return showFamily(ctx, tx, (await getFamily(tx, input.familyId))!);
  });
}
