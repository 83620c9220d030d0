import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { CaseChildCategory } from "@hearth/domain";
import type { Db } from "../client";
import { caseVisitChildren, caseVisits, families, fssCaseChildren, fssCases, people, staffUsers } from "../schema";

export type FssCase = typeof fssCases.$inferSelect;

/** A new case and the children it names, in the caller's transaction. */
export async function insertFssCase(
  db: Db,
  params: Omit<typeof fssCases.$inferInsert, "id" | "status"> & { children: { personId: string; category: CaseChildCategory }[] },
) {
  const { children, ...fields } = params;
  const [row] = await db.insert(fssCases).values(fields).returning();
  await db.insert(fssCaseChildren).values(children.map((c) => ({ ...c, caseId: row!.id })));
  return row!;
}

/** The family a case belongs to: the case is scoped as its family is. */
export async function familyOfCase(db: Db, caseId: string): Promise<string | null> {
  const [row] = await db.select({ familyId: fssCases.familyId }).from(fssCases).where(eq(fssCases.id, caseId));
  return row?.familyId ?? null;
}

export async function getFssCase(db: Db, caseId: string) {
  const [row] = await db
    .select({ fssCase: fssCases, keyWorkerName: staffUsers.displayName })
    .from(fssCases)
    .innerJoin(staffUsers, eq(staffUsers.id, fssCases.keyWorkerId))
    .where(eq(fssCases.id, caseId));
  return row ? { ...row.fssCase, keyWorkerName: row.keyWorkerName } : null;
}

/** Each child named on the cases, with the last day a visit saw them (null when none has). */
export function caseChildrenWithLastSeen(db: Db, caseIds: string[]) {
  if (!caseIds.length) return Promise.resolve([]);
  const lastSeen = sql<string | null>`(
    select max(v.occurred_on)::text from case_visits v
    join case_visit_children vc on vc.visit_id = v.id
    where v.case_id = ${fssCaseChildren.caseId} and vc.person_id = ${fssCaseChildren.personId} and vc.seen)`;
  return db
    .select({
      caseId: fssCaseChildren.caseId,
      personId: fssCaseChildren.personId,
      category: fssCaseChildren.category,
      firstName: people.firstName,
      lastName: people.lastName,
      areaId: people.areaId,
      lastSeenOn: lastSeen,
    })
    .from(fssCaseChildren)
    .innerJoin(people, eq(people.id, fssCaseChildren.personId))
    .where(inArray(fssCaseChildren.caseId, caseIds))
    .orderBy(asc(people.dateOfBirth));
}

/** A case's visits and notes, newest first, each with what it says about each child. */
export async function caseVisitsOf(db: Db, caseId: string) {
  const visits = await db
    .select({ visit: caseVisits, recordedByName: staffUsers.displayName })
    .from(caseVisits)
    .innerJoin(staffUsers, eq(staffUsers.id, caseVisits.recordedBy))
    .where(eq(caseVisits.caseId, caseId))
    .orderBy(desc(caseVisits.occurredAt));
  const ids = visits.map((v) => v.visit.id);
  const children = ids.length ? await db.select().from(caseVisitChildren).where(inArray(caseVisitChildren.visitId, ids)) : [];
  return visits.map(({ visit, recordedByName }) => ({
    ...visit,
    recordedByName,
    children: children.filter((c) => c.visitId === visit.id).map(({ visitId: _visitId, ...c }) => c),
  }));
}

export async function insertCaseVisit(
  db: Db,
  params: Omit<typeof caseVisits.$inferInsert, "id"> & { children: Omit<typeof caseVisitChildren.$inferInsert, "visitId">[] },
) {
  const { children, ...fields } = params;
  const [row] = await db.insert(caseVisits).values(fields).returning();
  await db.insert(caseVisitChildren).values(children.map((c) => ({ ...c, visitId: row!.id })));
  return row!;
}

/** Closes a case that is still open; null when it was not (closed meanwhile). */
export async function closeFssCase(
  db: Db,
  caseId: string,
  closure: Pick<FssCase, "closedAt" | "closedBy" | "closeReason" | "closeSummary" | "outcome" | "steppedDownToLcss">,
) {
  const [row] = await db
    .update(fssCases)
    .set({ ...closure, status: "closed" })
    .where(and(eq(fssCases.id, caseId), eq(fssCases.status, "open")))
    .returning();
  return row ?? null;
}

/** Reopens a closed case; the closure it had is kept in the audit trail. */
export async function reopenFssCase(db: Db, caseId: string, reopenReason: string) {
  const [row] = await db
    .update(fssCases)
    .set({
      status: "open",
      reopenReason,
      closedAt: null,
      closedBy: null,
      closeReason: null,
      closeSummary: null,
      outcome: null,
      steppedDownToLcss: false,
      stepDownPickedUpAt: null,
      stepDownPickedUpBy: null,
    })
    .where(and(eq(fssCases.id, caseId), eq(fssCases.status, "closed")))
    .returning();
  return row ?? null;
}

/** The cases held by any of `keyWorkerIds`, with the family's name and area. */
export function caseloadOf(db: Db, params: { keyWorkerIds: string[]; includeClosed: boolean }) {
  if (!params.keyWorkerIds.length) return Promise.resolve([]);
  return db
    .select({
      id: fssCases.id,
      familyId: fssCases.familyId,
      familyName: families.name,
      familyAreaId: families.areaId,
      keyWorkerId: fssCases.keyWorkerId,
      status: fssCases.status,
      openedOn: fssCases.openedOn,
    })
    .from(fssCases)
    .innerJoin(families, eq(families.id, fssCases.familyId))
    .where(and(inArray(fssCases.keyWorkerId, params.keyWorkerIds), params.includeClosed ? undefined : eq(fssCases.status, "open")))
    .orderBy(asc(families.name));
}

/** The family's FSS cases, for its Involvement page. */
export function fssCasesOfFamily(db: Db, familyId: string) {
  return db
    .select({
      id: fssCases.id,
      status: fssCases.status,
      openedOn: fssCases.openedOn,
      closedAt: fssCases.closedAt,
      keyWorkerName: staffUsers.displayName,
      visits: sql<number>`(select count(*)::int from case_visits v where v.case_id = ${fssCases.id})`,
    })
    .from(fssCases)
    .innerJoin(staffUsers, eq(staffUsers.id, fssCases.keyWorkerId))
    .where(eq(fssCases.familyId, familyId))
    .orderBy(desc(fssCases.openedOn));
}

/** How many open cases each of `staffIds` holds as key worker, for choosing whom to allocate to. */
export async function openCaseCounts(db: Db, staffIds: string[]): Promise<Map<string, number>> {
  if (!staffIds.length) return new Map();
  const rows = await db
    .select({ keyWorkerId: fssCases.keyWorkerId, count: sql<number>`count(*)::int` })
    .from(fssCases)
    .where(and(inArray(fssCases.keyWorkerId, staffIds), eq(fssCases.status, "open")))
    .groupBy(fssCases.keyWorkerId);
  return new Map(rows.map((r) => [r.keyWorkerId, Number(r.count)]));
}
