/**
 * Age groups as the council's scrutiny report gives them: under 5, primary age, secondary age,
 * 16–17, and young adults (care leavers and young people with an EHC plan, to 25).
 */
export const ageBands = ["0_4", "5_10", "11_15", "16_17", "18_plus"] as const;
export type AgeBand = (typeof ageBands)[number];
export const ageBandLabels: Record<AgeBand, string> = {
  "0_4": "0 to 4",
  "5_10": "5 to 10",
  "11_15": "11 to 15",
  "16_17": "16 to 17",
  "18_plus": "18 and over",
};

/** The band of an age in whole years. */
export function ageBandOf(age: number): AgeBand {
  if (age < 5) return "0_4";
  if (age < 11) return "5_10";
  if (age < 16) return "11_15";
  if (age < 18) return "16_17";
  return "18_plus";
}

/**
 * Counts by age in whole years (as PostgreSQL groups them) folded into bands; an unknown age
 * (null) is counted apart, so the bands never hide it.
 */
export function countsByAgeBand(byAge: readonly { age: number | null; count: number }[]) {
  const counts = new Map<AgeBand | "unknown", number>();
  for (const { age, count } of byAge) {
    const band = age === null ? "unknown" : ageBandOf(age);
    counts.set(band, (counts.get(band) ?? 0) + count);
  }
  return counts;
}
