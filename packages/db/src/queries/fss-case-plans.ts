import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { CasePlanActionStatus } from "@hearth/domain";
import type { Db } from "../client";
import { caseOversight, casePlanActions, casePlanOutcomes, caseReallocations, caseReviews, fssCases, staffUsers } from "../schema";

/** A case's plan, reviews, oversight and reallocations (issue 12): written and read per case. */

export async function insertCasePlanOutcome(db: Db, values: typeof casePlanOutcomes.$inferInsert) {
  const [row] = await db.insert(casePlanOutcomes).values(values).returning();
  return row!;
}

export async function casePlanOutcomeOf(db: Db, caseId: string, outcomeId: string) {
  const [row] = await db
    .select()
    .from(casePlanOutcomes)
    .where(and(eq(casePlanOutcomes.id, outcomeId), eq(casePlanOutcomes.caseId, caseId)));
  return row ?? null;
}

export async function insertCasePlanAction(db: Db, values: typeof casePlanActions.$inferInsert) {
  const [row] = await db.insert(casePlanActions).values(values).returning();
  return row!;
}

/** Moves an action of this case on; null when the case has no such action. */
export async function updateCasePlanActionStatus(db: Db, params: { caseId: string; actionId: string; status: CasePlanActionStatus }) {
  const [before] = await db
    .select({ status: casePlanActions.status })
    .from(casePlanActions)
    .where(and(eq(casePlanActions.id, params.actionId), eq(casePlanActions.caseId, params.caseId)))
    .for("update");
  if (!before) return null;
  const [row] = await db.update(casePlanActions).set({ status: params.status }).where(eq(casePlanActions.id, params.actionId)).returning();
  return { before: before.status, action: row! };
}

export async function insertCaseReview(db: Db, values: typeof caseReviews.$inferInsert) {
  const [row] = await db.insert(caseReviews).values(values).returning();
  return row!;
}

export async function insertCaseOversight(db: Db, values: typeof caseOversight.$inferInsert) {
  const [row] = await db.insert(caseOversight).values(values).returning();
  return row!;
}

/** The plan, reviews and oversight of one case, for its page. */
export async function casePlanOf(db: Db, caseId: string) {
  const [outcomes, actions, reviews, oversight] = await Promise.all([
    db
      .select({ id: casePlanOutcomes.id, description: casePlanOutcomes.description })
      .from(casePlanOutcomes)
      .where(eq(casePlanOutcomes.caseId, caseId))
      .orderBy(asc(casePlanOutcomes.createdAt)),
    db
      .select({
        id: casePlanActions.id,
        outcomeId: casePlanActions.outcomeId,
        description: casePlanActions.description,
        owner: casePlanActions.owner,
        dueOn: casePlanActions.dueOn,
        status: casePlanActions.status,
      })
      .from(casePlanActions)
      .where(eq(casePlanActions.caseId, caseId))
      .orderBy(asc(casePlanActions.dueOn), asc(casePlanActions.createdAt)),
    db
      .select({
        id: caseReviews.id,
        heldOn: caseReviews.heldOn,
        progress: caseReviews.progress,
        decision: caseReviews.decision,
        decisionNote: caseReviews.decisionNote,
        recordedByName: staffUsers.displayName,
      })
      .from(caseReviews)
      .innerJoin(staffUsers, eq(staffUsers.id, caseReviews.recordedBy))
      .where(eq(caseReviews.caseId, caseId))
      .orderBy(desc(caseReviews.heldOn), desc(caseReviews.createdAt)),
    db
      .select({
        id: caseOversight.id,
        kind: caseOversight.kind,
        decidedOn: caseOversight.decidedOn,
        decision: caseOversight.decision,
        rationale: caseOversight.rationale,
        recordedByName: staffUsers.displayName,
      })
      .from(caseOversight)
      .innerJoin(staffUsers, eq(staffUsers.id, caseOversight.recordedBy))
      .where(eq(caseOversight.caseId, caseId))
      .orderBy(desc(caseOversight.decidedOn), desc(caseOversight.createdAt)),
  ]);
  return { outcomes: outcomes.map((o) => ({ ...o, actions: actions.filter((a) => a.outcomeId === o.id) })), reviews, oversight };
}

/** The day of each case's last review (null when none), for when the next is due. */
export async function lastReviewOn(db: Db, caseIds: string[]): Promise<Map<string, string>> {
  if (!caseIds.length) return new Map();
  const rows = await db
    .select({ caseId: caseReviews.caseId, heldOn: sql<string>`max(${caseReviews.heldOn})::text` })
    .from(caseReviews)
    .where(inArray(caseReviews.caseId, caseIds))
    .groupBy(caseReviews.caseId);
  return new Map(rows.map((r) => [r.caseId, r.heldOn]));
}

/** Gives the case a new key worker and keeps the change with its reason; only an open case. */
export async function reallocateFssCase(
  db: Db,
  params: { caseId: string; fromStaffId: string; toStaffId: string; reason: string; by: string; at: Date },
) {
  const [row] = await db
    .update(fssCases)
    .set({ keyWorkerId: params.toStaffId })
    .where(and(eq(fssCases.id, params.caseId), eq(fssCases.status, "open"), eq(fssCases.keyWorkerId, params.fromStaffId)))
    .returning();
  if (!row) return null;
  await db.insert(caseReallocations).values({
    caseId: params.caseId,
    fromStaffId: params.fromStaffId,
    toStaffId: params.toStaffId,
    reason: params.reason,
    reallocatedBy: params.by,
    reallocatedAt: params.at,
  });
  return row;
}
