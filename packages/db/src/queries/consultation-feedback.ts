import { decisionFinalOn, referrerFeedbackDueOn, consultationReference } from "@hearth/domain";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { consultations, families, thresholdDecisions } from "../schema";

/**
 * Feedback to the referrer (issue 11 §1): finding the consultations whose caller has not been told
 * of the decision, marking them told, and the work item for the worker who took the call.
 */

/** What the feedback email needs, read by the worker at send time. Nothing about the child. */
export async function consultationForFeedback(db: Db, consultationId: string) {
  const [row] = await db
    .select({
      id: consultations.id,
      number: consultations.number,
      status: consultations.status,
      outcome: consultations.outcome,
      callerName: consultations.callerName,
      callerEmail: consultations.callerEmail,
      feedbackSentAt: consultations.feedbackSentAt,
    })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  return row ?? null;
}

/**
 * Consultations whose decision is made and whose caller left an email but has not yet been told:
 * the scan's list, oldest first. A decision awaiting a senior's confirmation is "awaiting
 * confirmation", not "awaiting feedback", so it is never here.
 */
export async function consultationsAwaitingEmailFeedback(db: Db, params: { limit: number }): Promise<string[]> {
  const rows = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.status, "awaiting_feedback"), isNull(consultations.feedbackSentAt), isNotNull(consultations.callerEmail)))
    .orderBy(asc(consultations.receivedAt))
    .limit(params.limit);
  return rows.map((r) => r.id);
}

/**
 * Records that the referrer was told, and closes the consultation: only while it is awaiting
 * feedback, so an email and a phone call racing each other record one of them, not both.
 */
export async function markReferrerFeedbackGiven(
  db: Db,
  params: { consultationId: string; at: Date; method: "email" | "phone"; recordedBy: string | null; note: string | null },
) {
  const [row] = await db
    .update(consultations)
    .set({
      feedbackSentAt: params.at,
      feedbackMethod: params.method,
      feedbackRecordedBy: params.recordedBy,
      feedbackNote: params.note,
      status: "closed",
    })
    .where(and(eq(consultations.id, params.consultationId), eq(consultations.status, "awaiting_feedback"), isNull(consultations.feedbackSentAt)))
    .returning();
  return row ?? null;
}

/** The decision times a consultation's feedback deadline is worked out from. */
export const decisionTiming = {
  decidedOn: thresholdDecisions.decidedOn,
  seniorConfirmationRequired: thresholdDecisions.seniorConfirmationRequired,
  confirmedAt: thresholdDecisions.confirmedAt,
};

/** The feedback deadline of a consultation awaiting feedback; null for any other status. */
export function feedbackDueOnOf(row: {
  status: string;
  decidedOn: string | null;
  seniorConfirmationRequired: boolean | null;
  confirmedAt: Date | null;
}): string | null {
  if (row.status !== "awaiting_feedback" || !row.decidedOn) return null;
  const on = decisionFinalOn({
    decidedOn: row.decidedOn,
    seniorConfirmationRequired: !!row.seniorConfirmationRequired,
    confirmedAt: row.confirmedAt,
  });
  return on ? referrerFeedbackDueOn(on) : null;
}

/**
 * My work: a consultation whose referrer has not been told, for the worker who took the call, due
 * 2 working days after the decision was made (or confirmed). A no-names call names no family.
 */
export async function referrerFeedbackWorkItems(db: Db, params: { staffIds: string[] }) {
  const rows = await db
    .select({
      id: consultations.id,
      number: consultations.number,
      status: consultations.status,
      areaId: consultations.areaId,
      takenBy: consultations.takenBy,
      familyId: families.id,
      familyName: families.name,
      ...decisionTiming,
    })
    .from(consultations)
    .innerJoin(thresholdDecisions, eq(thresholdDecisions.consultationId, consultations.id))
    .leftJoin(families, eq(families.id, consultations.familyId))
    .where(and(eq(consultations.status, "awaiting_feedback"), isNull(consultations.feedbackSentAt), inArray(consultations.takenBy, params.staffIds)))
    .orderBy(desc(consultations.receivedAt));
  return rows.flatMap((r) => {
    const dueOn = feedbackDueOnOf(r);
    // takenBy is one of staffIds here; an online request nobody has picked up yet has none.
    if (!dueOn || !r.takenBy) return [];
    return [
      {
        id: `consultation-feedback:${r.id}`,
        kind: "consultation_feedback" as const,
        title: `Tell the referrer the decision on ${consultationReference(r.number)}`,
        dueOn,
        familyId: r.familyId,
        familyName: r.familyName,
        areaId: r.areaId,
        consultationId: r.id,
        assignedTo: r.takenBy,
      },
    ];
  });
}

/** The count of consultations still awaiting feedback, for tests and the LCSS home. */
export async function countAwaitingFeedback(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(consultations)
    .where(eq(consultations.status, "awaiting_feedback"));
  return row?.n ?? 0;
}
