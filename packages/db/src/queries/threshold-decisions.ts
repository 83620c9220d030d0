import { eq } from "drizzle-orm";
import { thresholdDecisionCreateSchema, type ThresholdDecisionCreate, type ThresholdLevel } from "@hearth/domain";
import type { Db } from "../client";
import { thresholdDecisionChildren, thresholdDecisions } from "../schema";

/**
 * Records a decision and the children it names, in one transaction. The suggested level and
 * whether a senior must confirm come from the domain's evaluateThresholdDecision, which needs the
 * catalogue; they are stored so the decision reads the same after the catalogue changes.
 */
export async function insertThresholdDecision(
  db: Db,
  params: {
    decision: ThresholdDecisionCreate;
    familyId?: string | null;
    suggestedLevel: ThresholdLevel;
    seniorConfirmationRequired: boolean;
  },
) {
  const { childIds, decidedByStaffId, consultationId, feedbackToReferrer, ...fields } = thresholdDecisionCreateSchema.parse(params.decision);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(thresholdDecisions)
      .values({
        ...fields,
        familyId: params.familyId ?? null,
        consultationId: consultationId ?? null,
        feedbackToReferrer: feedbackToReferrer ?? null,
        decidedBy: decidedByStaffId,
        suggestedLevel: params.suggestedLevel,
        seniorConfirmationRequired: params.seniorConfirmationRequired,
      })
      .returning();
    if (childIds.length) await tx.insert(thresholdDecisionChildren).values(childIds.map((personId) => ({ decisionId: row!.id, personId })));
    return row!;
  });
}

/** A senior practitioner's confirmation; null if the decision does not exist. */
export async function confirmThresholdDecision(db: Db, params: { decisionId: string; confirmedBy: string; at?: Date }) {
  const [row] = await db
    .update(thresholdDecisions)
    .set({ confirmedBy: params.confirmedBy, confirmedAt: params.at ?? new Date() })
    .where(eq(thresholdDecisions.id, params.decisionId))
    .returning();
  return row ?? null;
}

export async function getThresholdDecision(db: Db, decisionId: string) {
  const [row] = await db.select().from(thresholdDecisions).where(eq(thresholdDecisions.id, decisionId));
  if (!row) return null;
  const children = await db
    .select({ personId: thresholdDecisionChildren.personId })
    .from(thresholdDecisionChildren)
    .where(eq(thresholdDecisionChildren.decisionId, decisionId));
  return { ...row, childIds: children.map((c) => c.personId) };
}
