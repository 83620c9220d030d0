import { currentFamilyAlerts, getFamily, keyWorkerOfFamily, type Db } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import { assertRecordInScope, audit } from "../trpc";
import { showFamily, type ScopedContext } from "./family-view";

export type ShownFamily = Awaited<ReturnType<typeof showFamily>>;

/**
 * Opens one page of a family record. Every page carries the identity bar (the family, its members
 * shown, its alerts and key worker), so every page is a read of the family and of each member
 * shown, audited in the transaction that loads it (`action` says which page). `load` adds the
 * page's own part. Out of area is answered as unknown, and the refusal audited on its own.
 */
export async function openFamilyRecord<T>(
  ctx: ScopedContext,
  familyId: string,
  action: string,
  load: (tx: Db, family: ShownFamily) => Promise<T>,
) {
  const event = { action, entityType: "family", entityId: familyId };
  let found: Awaited<ReturnType<typeof getFamily>> = null;
  const opened = await ctx.db.transaction(async (tx) => {
    found = await getFamily(tx, familyId);
    if (!found || !canSeeArea(ctx.scope, found.areaId)) return null;
    const family = await showFamily(ctx, tx, found);
    const [alerts, keyWorker, page] = await Promise.all([currentFamilyAlerts(tx, familyId), keyWorkerOfFamily(tx, familyId), load(tx, family)]);
    await audit(ctx, tx, { ...event, detail: { membersOutsideYourArea: family.membersOutsideYourArea } });
    return { family: { ...family, alerts, keyWorker }, page };
  });
  if (!opened) await assertRecordInScope(ctx, found, event);
  return opened!;
}

/** A family the caller may change: unknown and out-of-area alike are NOT_FOUND, audited as refused. */
export async function familyInScope(ctx: ScopedContext, familyId: string, action: string) {
  const family = await getFamily(ctx.db, familyId);
  await assertRecordInScope(ctx, family, { action, entityType: "family", entityId: familyId });
  return family!;
}
