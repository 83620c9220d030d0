import { setFamilyKeyWorker, staffWhoCouldKeyWork } from "@hearth/db";
import { isCountyWide, rolesFor, type FamilyKeyWorkerSet } from "@hearth/domain";
import { audit, fieldError } from "../trpc";
import type { ScopedContext } from "./family-view";
import { familyInScope } from "./open-record";

/** Key workers are practitioners who work with families: those who read and write chronologies. */
const keyWorkerRoles = rolesFor("chronology.write");

function candidatesFor(ctx: ScopedContext, areaId: string) {
  return staffWhoCouldKeyWork(ctx.db, { areaId, roles: keyWorkerRoles, countyWideRoles: keyWorkerRoles.filter(isCountyWide) });
}

/** Staff who could be the family's key worker: practitioners who can open a record of its area. */
export async function keyWorkerCandidates(ctx: ScopedContext, familyId: string) {
  const family = await familyInScope(ctx, familyId, "family.keyWorker.candidates");
  return { familyId, keyWorkerId: family.keyWorkerId ?? null, staff: await candidatesFor(ctx, family.areaId) };
}

/** Allocates (or takes away) the family's key worker, audited with who it was before. */
export async function setKeyWorker(ctx: ScopedContext, input: FamilyKeyWorkerSet) {
  const action = "family.keyWorker.set";
  const family = await familyInScope(ctx, input.familyId, action);
  if (input.staffId && !(await candidatesFor(ctx, family.areaId)).some((s) => s.id === input.staffId))
    throw fieldError("staffId", "Choose a key worker from the list: they must work with families in this family’s area");
  await ctx.db.transaction(async (tx) => {
    await setFamilyKeyWorker(tx, input.familyId, input.staffId);
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: input.familyId,
      detail: { after: { keyWorkerId: input.staffId }, before: { keyWorkerId: family.keyWorkerId ?? null } },
    });
  });
  return { familyId: input.familyId, keyWorkerId: input.staffId };
}
