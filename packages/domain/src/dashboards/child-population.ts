/**
 * Children (0–17) living in each area, the denominator of "per 10,000 children", as the DfE
 * publishes rates of children in need and on plans. Taken from the ONS mid-year estimates for the
 * county's districts, grouped into the three areas; set again each year with the estimates.
 * Keyed by area code (areas.code), so a fourth area without a figure has no rate rather than a wrong one.
 */
export const defaultChildPopulation: Readonly<Record<string, number>> = {
  north: 46_800,
  central: 58_200,
  south: 45_000,
};

/** Children per 10,000 of the population, to one decimal place; null without a population. */
export function ratePer10000(count: number, population: number | undefined): number | null {
  if (!population) return null;
  return Math.round((count / population) * 100_000) / 10;
}
