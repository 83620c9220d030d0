import { currentFamilyAlerts, getFamily, keyWorkerOfFamily, type Db } from "@hearth/db";
import { recordInScope, withRecordInScope } from "../scope";
import { auditAll } from "../trpc";
import { familyAsSeen, type ScopedContext, type ShownFamily } from "./family-view";

export type { ShownFamily };
type LoadedFamily = NonNullable<Awaited<ReturnType<typeof getFamily>>>;

const familyEvent = (familyId: string, action: string) => ({ action, entityType: "family", entityId: familyId });

/**
 * Runs `work` on the family inside one transaction when the reader may open it. A family outside
 * the reader's area is answered exactly as an unknown one, and the refusal audited on its own
 * connection after the transaction, so it survives.
 */
export function withFamilyInScope<T>(
  ctx: ScopedContext,
  familyId: string,
  action: string,
  work: (tx: Db, family: LoadedFamily) => Promise<T>,
): Promise<T> {
  return withRecordInScope(ctx, familyEvent(familyId, action), (tx) => getFamily(tx, familyId), work);
}

/**
 * Opens one page of a family record. Every page carries the identity bar (the family, its members
 * shown, its alerts and key worker), so every page is a read of the family and of each member
 * shown, audited in the transaction that loads it (`action` says which page). `load` adds the
 * page's own part. Out of area is answered as unknown, and the refusal audited on its own.
 */
export function openFamilyRecord<T>(ctx: ScopedContext, familyId: string, action: string, load: (tx: Db, family: ShownFamily) => Promise<T>) {
  return withFamilyInScope(ctx, familyId, action, async (tx, found) => {
    const { shown: family, memberReads } = await familyAsSeen(ctx, tx, found);
    // The page's reads and its audit rows (the family's and each member's, one INSERT) go together.
    const [alerts, keyWorker, page] = await Promise.all([
      currentFamilyAlerts(tx, familyId),
      keyWorkerOfFamily(tx, familyId),
      load(tx, family),
      auditAll(ctx, tx, [...memberReads, { ...familyEvent(familyId, action), detail: { membersOutsideYourArea: family.membersOutsideYourArea } }]),
    ]);
    return { family: { ...family, alerts, keyWorker }, page };
  });
}

/** A family the caller may change: unknown and out-of-area alike are NOT_FOUND, audited as refused. */
export function familyInScope(ctx: ScopedContext, familyId: string, action: string) {
  return recordInScope(ctx, familyEvent(familyId, action), (db) => getFamily(db, familyId));
}
