import { and, asc, count, eq, gte, isNull, lt, ne } from "drizzle-orm";
import type { Db } from "../client";
import { areas, consultations, earlyHelpAssessments, families, localities, tafReviews, teamsAroundFamilies, thresholdDecisions } from "../schema";
import { decisionTiming } from "./consultation-feedback";

/**
 * The LCSS home's figures (issue 11), each for one area or, with `areaId` null, the county. Only
 * counts and dates leave here: the home names nobody.
 */
type AreaScope = { areaId: string | null };

/** Consultations not yet closed, whatever they wait for, by the locality they are about. */
export function openConsultationsByLocality(db: Db, { areaId }: AreaScope) {
  return db
    .select({ localityId: consultations.localityId, localityName: localities.name, count: count() })
    .from(consultations)
    .leftJoin(localities, eq(localities.id, consultations.localityId))
    .where(and(ne(consultations.status, "closed"), areaId ? eq(consultations.areaId, areaId) : undefined))
    .groupBy(consultations.localityId, localities.name)
    .orderBy(asc(localities.name));
}

/** The decisions made since `from` with when their referrer was told, for the timeliness figure. */
export function decisionFeedbackTimings(db: Db, { areaId, from }: AreaScope & { from: string }) {
  return db
    .select({ ...decisionTiming, feedbackSentAt: consultations.feedbackSentAt })
    .from(thresholdDecisions)
    .innerJoin(consultations, eq(consultations.id, thresholdDecisions.consultationId))
    .where(
      and(
        gte(thresholdDecisions.decidedOn, from),
        // A call sent straight to the MASH has nobody at LCSS to tell the referrer anything.
        eq(consultations.immediateRisk, false),
        areaId ? eq(consultations.areaId, areaId) : undefined,
      ),
    );
}

/** Early Help Assessments by status, in the area of the family assessed. */
export function assessmentsByStatus(db: Db, { areaId }: AreaScope) {
  return db
    .select({ status: earlyHelpAssessments.status, count: count() })
    .from(earlyHelpAssessments)
    .innerJoin(families, eq(families.id, earlyHelpAssessments.familyId))
    .where(areaId ? eq(families.areaId, areaId) : undefined)
    .groupBy(earlyHelpAssessments.status);
}

/** The due days of open teams' reviews that should have been held before `today` and were not. */
export async function overdueTafReviewDates(db: Db, { areaId, today }: AreaScope & { today: string }): Promise<string[]> {
  const rows = await db
    .select({ dueOn: tafReviews.dueOn })
    .from(tafReviews)
    .innerJoin(teamsAroundFamilies, eq(teamsAroundFamilies.id, tafReviews.tafId))
    .innerJoin(families, eq(families.id, teamsAroundFamilies.familyId))
    .where(
      and(
        isNull(tafReviews.heldOn),
        lt(tafReviews.dueOn, today),
        ne(teamsAroundFamilies.status, "closed"),
        areaId ? eq(families.areaId, areaId) : undefined,
      ),
    );
  return rows.map((r) => r.dueOn);
}

export async function nameOfArea(db: Db, areaId: string): Promise<string | null> {
  const [row] = await db.select({ name: areas.name }).from(areas).where(eq(areas.id, areaId));
  return row?.name ?? null;
}
