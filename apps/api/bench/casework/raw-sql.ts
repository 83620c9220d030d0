/**
 * The same reads without HTTP, tRPC, sign-in checks or audit writes: the database queries each
 * procedure makes, with the same inputs, from as many concurrent callers as there are members of
 * staff. The API's time over this is what HTTP, access rules and auditing cost.
 */
import {
  currentFamilyAlerts,
  familiesOfPeople,
  familyMemberCounts,
  getFamily,
  keyWorkerOfFamily,
  listChronology,
  membersDetails,
  searchFamilies,
  searchPeople,
  servicesNow,
  type Db,
} from "@hearth/db";
import { setTimeout as sleep } from "node:timers/promises";
import type { Op } from "./workload";

const today = () => new Date().toISOString().slice(0, 10);
/** Named on no restriction, as almost every searcher is: the member matching checks restrictions all the same. */
const SEARCHER = "00000000-0000-0000-0000-000000000000";

export async function rawOp(db: Db, op: Op): Promise<void> {
  if (op.kind === "people.search") {
    const rows = await searchPeople(db, { ...op.input, limit: 25, today: today() });
    const ids = rows.map((r) => r.id);
    await Promise.all([familiesOfPeople(db, ids), servicesNow(db, ids, new Date())]);
  } else if (op.kind === "families.search") {
    const rows = await searchFamilies(db, { ...op.input, limit: 25, staffId: SEARCHER });
    await familyMemberCounts(
      db,
      rows.map((r) => r.id),
    );
  } else {
    // families.record and chronology.list each load the family; the record adds its members'
    // details, alerts and key worker, the chronology its first page.
    const [family] = await Promise.all([getFamily(db, op.familyId), getFamily(db, op.familyId)]);
    const ids = family!.members.map((m) => m.personId);
    await Promise.all([
      membersDetails(db, ids),
      currentFamilyAlerts(db, op.familyId),
      keyWorkerOfFamily(db, op.familyId),
      listChronology(db, { familyId: op.familyId, visiblePersonIds: ids }, { limit: 50 }),
    ]);
  }
}

/**
 * Runs every client's ops with `clients` concurrent callers, pausing between them as the HTTP run
 * did (the same seeded pauses), so the two are compared like for like; latencies by kind.
 */
export async function rawRun(db: Db, plans: Op[][], pausesMs: number[][]): Promise<Record<string, number[]>> {
  const latencies: Record<string, number[]> = {};
  await Promise.all(
    plans.map(async (ops, client) => {
      for (const [i, op] of ops.entries()) {
        if (pausesMs[client]![i]! > 0) await sleep(pausesMs[client]![i]);
        const started = performance.now();
        await rawOp(db, op);
        (latencies[op.kind] ??= []).push(performance.now() - started);
      }
    }),
  );
  return latencies;
}
