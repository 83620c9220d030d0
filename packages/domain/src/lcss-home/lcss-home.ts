import { z } from "zod";
import { addDays, londonDateOf, type IsoDate } from "../calendar/iso-date";
import type { HolidaySet } from "../calendar/working-days";
import { englandAndWalesBankHolidayDates } from "../calendar/bank-holidays";
import { earlyHelpAssessmentStatuses } from "../assessments/early-help-assessment";
import { decisionFinalOn, referrerFeedbackDueOn } from "../consultations/referrer-feedback";

/**
 * The LCSS home (issue 11): the four figures a locality's staff and seniors look at first. Each is
 * counted over the caller's area (county-wide staff: every area) and links to the list it counts.
 */

/** Feedback timeliness is judged over decisions made in the last 13 weeks: recent practice, not history. */
export const FEEDBACK_TIMELINESS_WINDOW_DAYS = 91;

/** Where a decision's feedback to the referrer stands, for the timeliness figure. */
export const feedbackTimelinessKinds = ["on_time", "late", "overdue", "not_yet_due"] as const;
export type FeedbackTimelinessKind = (typeof feedbackTimelinessKinds)[number];
export const feedbackTimelinessLabels: Record<FeedbackTimelinessKind, string> = {
  on_time: "Told within 2 working days",
  late: "Told late",
  overdue: "Not told, overdue",
  not_yet_due: "Not told, still in time",
};

export interface DecisionFeedbackTiming {
  decidedOn: IsoDate;
  seniorConfirmationRequired: boolean;
  confirmedAt: Date | null;
  feedbackSentAt: Date | null;
}

/**
 * One decision's feedback, judged on the working-days calendar: the referrer counts as told on
 * time when told (in London's day) on or before the due day, 2 working days after the decision
 * became final, bank holidays skipped. Null while a senior has still to confirm the decision.
 */
export function feedbackTimeliness(
  row: DecisionFeedbackTiming,
  today: IsoDate,
  holidays: HolidaySet = englandAndWalesBankHolidayDates,
): FeedbackTimelinessKind | null {
  const finalOn = decisionFinalOn(row);
  if (!finalOn) return null;
  const dueOn = referrerFeedbackDueOn(finalOn, holidays);
  if (row.feedbackSentAt) return londonDateOf(row.feedbackSentAt) <= dueOn ? "on_time" : "late";
  return today > dueOn ? "overdue" : "not_yet_due";
}

/**
 * The share of referrers told within 2 working days, as a whole percentage of the decisions whose
 * deadline has passed or whose referrer was told; null when there are none to judge.
 */
export function feedbackTimelinessFigure(rows: readonly DecisionFeedbackTiming[], today: IsoDate, holidays?: HolidaySet) {
  const counts: Record<FeedbackTimelinessKind, number> = { on_time: 0, late: 0, overdue: 0, not_yet_due: 0 };
  for (const row of rows) {
    const kind = feedbackTimeliness(row, today, holidays);
    if (kind) counts[kind] += 1;
  }
  const judged = counts.on_time + counts.late + counts.overdue;
  return {
    counts: feedbackTimelinessKinds.map((kind) => ({ kind, count: counts[kind] })),
    judged,
    onTimePercent: judged ? Math.round((100 * counts.on_time) / judged) : null,
  };
}

/** The first day of the timeliness window ending `today`. */
export function feedbackTimelinessFrom(today: IsoDate): IsoDate {
  return addDays(today, -(FEEDBACK_TIMELINESS_WINDOW_DAYS - 1));
}

/** How long a team's review has been waiting, grouped so a manager sees the worst first. */
export const tafReviewLatenessBands = ["up_to_2_weeks", "2_to_6_weeks", "over_6_weeks"] as const;
export type TafReviewLatenessBand = (typeof tafReviewLatenessBands)[number];
export const tafReviewLatenessLabels: Record<TafReviewLatenessBand, string> = {
  up_to_2_weeks: "Up to 2 weeks overdue",
  "2_to_6_weeks": "2 to 6 weeks overdue",
  over_6_weeks: "Over 6 weeks overdue",
};

/** A review due before today and not held is overdue; null when it is not (yet). */
export function tafReviewLateness(dueOn: IsoDate, today: IsoDate): TafReviewLatenessBand | null {
  if (dueOn >= today) return null;
  if (dueOn >= addDays(today, -14)) return "up_to_2_weeks";
  if (dueOn >= addDays(today, -42)) return "2_to_6_weeks";
  return "over_6_weeks";
}

const countSchema = z.number().int().min(0);

export const lcssHomeSchema = z.object({
  /** The area the figures cover; null for county-wide staff, who see every area. */
  areaName: z.string().nullable(),
  today: z.string(),
  openConsultationsByLocality: z.array(z.object({ localityId: z.string().nullable(), localityName: z.string(), count: countSchema })),
  feedback: z.object({
    from: z.string(),
    counts: z.array(z.object({ kind: z.enum(feedbackTimelinessKinds), count: countSchema })),
    judged: countSchema,
    onTimePercent: z.number().int().min(0).max(100).nullable(),
  }),
  assessmentsByStatus: z.array(z.object({ status: z.enum(earlyHelpAssessmentStatuses), count: countSchema })),
  overdueTafReviews: z.array(z.object({ band: z.enum(tafReviewLatenessBands), count: countSchema })),
});
export type LcssHome = z.infer<typeof lcssHomeSchema>;
