import { z } from "zod";
import type { IsoDate } from "../calendar/iso-date";

/**
 * When a measure was taken: "before" at enrolment, "after" at the last session, "review" at any
 * other point of casework. Change on a run is always before → after for the same person.
 */
export const measurementPoints = ["before", "after", "review"] as const;
export type MeasurementPoint = (typeof measurementPoints)[number];
export const measurementPointSchema = z.enum(measurementPoints, { error: "Say whether this is before, after or a review" });
export const measurementPointLabels: Record<MeasurementPoint, string> = {
  before: "Before (at enrolment)",
  after: "After (at the last session)",
  review: "Review",
};

export interface TimedMeasurement {
  point: MeasurementPoint;
  takenOn: IsoDate;
}

/**
 * Why a before or after cannot be recorded against an enrolment's other measurements of the same
 * kind, or null. A "before" must not come after the "after", and each is taken once per enrolment.
 */
export function measurementTimingProblem(next: TimedMeasurement, earlier: readonly TimedMeasurement[], today: IsoDate): string | null {
  if (next.takenOn > today) return "The date taken must be today or in the past";
  if (next.point === "review") return null;
  if (earlier.some((m) => m.point === next.point)) return `A “${next.point}” measure is already recorded for this enrolment`;
  const after = earlier.find((m) => m.point === "after");
  if (next.point === "before" && after && next.takenOn > after.takenOn) return "The “before” measure must be taken on or before the “after” measure";
  const before = earlier.find((m) => m.point === "before");
  if (next.point === "after" && before && next.takenOn < before.takenOn) return "The “after” measure must be taken on or after the “before” measure";
  return null;
}
