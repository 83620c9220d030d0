import type { DimensionCount } from "@hearth/db";
import { ageBandLabels, ageBands, countsByAgeBand, countValue, type DashboardValue } from "@hearth/domain";

/** The counts of one dimension of a long table, by key (null for "not recorded"). */
export function countsOf(rows: readonly DimensionCount[], dimension: string): Map<string | null, number> {
  return new Map(rows.filter((r) => r.dimension === dimension).map((r) => [r.key, r.count]));
}

/**
 * A figure's rows in a fixed order, each known category shown even at 0 so the charts of two
 * periods line up; categories the labels do not know (and "not recorded") follow, only when there.
 */
export function labelledRows(
  counts: Map<string | null, number>,
  labels: Readonly<Record<string, string>>,
  suppress: boolean,
  notRecorded = "Not recorded",
): DashboardValue[] {
  const rows = Object.entries(labels).map(([key, label]) => countValue(label, counts.get(key) ?? 0, suppress));
  for (const [key, count] of counts) {
    if (key !== null && key in labels) continue;
    rows.push(countValue(key ?? notRecorded, count, suppress));
  }
  return rows;
}

/** Counts by age in years, as age bands (and "age not recorded" when there are any). */
export function ageBandRows(counts: Map<string | null, number>, suppress: boolean): DashboardValue[] {
  const bands = countsByAgeBand([...counts].map(([age, count]) => ({ age: age === null ? null : Number(age), count })));
  const rows = ageBands.map((band) => countValue(ageBandLabels[band], bands.get(band) ?? 0, suppress));
  const unknown = bands.get("unknown");
  if (unknown) rows.push(countValue("Age not recorded", unknown, suppress));
  return rows;
}
