import { measureChange } from "../assessments/measure-change";
import { WEMWBS_MEANINGFUL_CHANGE } from "../assessments/wemwbs";
import type { OutcomeMeasureKind } from "./programme-catalogue";

/**
 * Which way is better on each measure, and the smallest change the measure's authors treat as
 * reliable. Only WEMWBS publishes one (3 points); for the SDQ and the Star the share with a
 * reliable improvement is left blank rather than invented.
 */
export const measureDirection: Record<OutcomeMeasureKind, { higherIsBetter: boolean; reliableChange: number | null }> = {
  sdq: { higherIsBetter: false, reliableChange: null },
  wemwbs: { higherIsBetter: true, reliableChange: WEMWBS_MEANINGFUL_CHANGE },
  outcomes_star: { higherIsBetter: true, reliableChange: null },
};

export interface EnrolmentOutcome {
  completed: boolean;
  /** Before and after totals per measure, where both were taken. */
  pairs: Partial<Record<OutcomeMeasureKind, { before: number; after: number }>>;
}

export interface MeasureFigures {
  measure: OutcomeMeasureKind;
  /** Completers with both a before and an after. */
  pairs: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Mean of after − before, one decimal place. */
  meanChange: number | null;
  improved: number;
  /** Share (0–1) whose improvement reached the measure's reliable change; null where none is defined. */
  reliableImprovementShare: number | null;
}

export interface RunFigures {
  enrolled: number;
  completed: number;
  /** Completed ÷ enrolled, 0–1; null before anyone enrols. */
  completionRate: number | null;
  measures: MeasureFigures[];
}

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

/** Completion and before → after change over a run's (or a programme's) enrolments; change counts completers only. */
export function runFigures(enrolments: readonly EnrolmentOutcome[], measures: readonly OutcomeMeasureKind[]): RunFigures {
  const completers = enrolments.filter((e) => e.completed);
  return {
    enrolled: enrolments.length,
    completed: completers.length,
    completionRate: enrolments.length ? completers.length / enrolments.length : null,
    measures: measures.map((measure) => {
      const direction = measureDirection[measure];
      const pairs = completers.flatMap((e) => (e.pairs[measure] ? [e.pairs[measure]] : []));
      const changes = pairs.map((p) => measureChange(p.before, p.after, { higherIsBetter: direction.higherIsBetter }));
      const reliable = direction.reliableChange;
      return {
        measure,
        pairs: pairs.length,
        meanBefore: mean(pairs.map((p) => p.before)),
        meanAfter: mean(pairs.map((p) => p.after)),
        meanChange: mean(changes.map((c) => c.change)),
        improved: changes.filter((c) => c.direction === "improved").length,
        reliableImprovementShare:
          reliable === null || !pairs.length
            ? null
            : changes.filter((c) => c.direction === "improved" && Math.abs(c.change) >= reliable).length / pairs.length,
      };
    }),
  };
}
