/**
 * A count in words: "1 family", "3 families", "0 families". Every screen that words a number goes
 * through here, so "1 booked families" cannot creep back one page at a time. Put the verb in both
 * forms when it agrees with the count: countOf(n, "family is", "families are").
 */
export function countOf(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
