import { WEMWBS_MEANINGFUL_CHANGE } from "./wemwbs";

/**
 * Change between two measurements of the same scale, described the way a report to
 * commissioners needs it. Whether up is good depends on the scale: SDQ counts difficulties (down
 * is better), WEMWBS and the Outcomes Star count wellbeing and progress (up is better).
 */
export type ChangeDirection = "improved" | "no_change" | "worsened";

export interface MeasureChange {
  before: number;
  after: number;
  change: number;
  direction: ChangeDirection;
  /** Whether the change is at least the scale's smallest meaningful change. */
  meaningful: boolean;
}

export interface ChangeOptions {
  higherIsBetter: boolean;
  /** Smallest change that counts as real; defaults to any change at all. */
  meaningfulChange?: number;
}

export function measureChange(before: number, after: number, options: ChangeOptions): MeasureChange {
  const change = after - before;
  const better = options.higherIsBetter ? change > 0 : change < 0;
  const direction: ChangeDirection = change === 0 ? "no_change" : better ? "improved" : "worsened";
  return {
    before,
    after,
    change,
    direction,
    meaningful: Math.abs(change) >= (options.meaningfulChange ?? 1),
  };
}

/** Area-by-area change between two Outcomes Star readings; areas missing from either are left out. */
export function outcomesStarChange(before: Readonly<Record<string, number>>, after: Readonly<Record<string, number>>): Record<string, MeasureChange> {
  const result: Record<string, MeasureChange> = {};
  for (const area of Object.keys(before)) {
    const b = before[area];
    const a = after[area];
    if (b !== undefined && a !== undefined) result[area] = measureChange(b, a, { higherIsBetter: true });
  }
  return result;
}

/** Fewer difficulties is better; null when either SDQ lacks a total (too many blanks). */
export function sdqTotalDifficultiesChange(
  before: { totalDifficulties: number | null },
  after: { totalDifficulties: number | null },
): MeasureChange | null {
  if (before.totalDifficulties === null || after.totalDifficulties === null) return null;
  return measureChange(before.totalDifficulties, after.totalDifficulties, {
    higherIsBetter: false,
  });
}

export function wemwbsChange(beforeTotal: number, afterTotal: number): MeasureChange {
  return measureChange(beforeTotal, afterTotal, {
    higherIsBetter: true,
    meaningfulChange: WEMWBS_MEANINGFUL_CHANGE,
  });
}
