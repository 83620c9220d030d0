import { z } from "zod";
import type { IsoDate } from "./iso-date";

/**
 * Statutory returns count a collection year from 1 April to 31 March. The DfE names the CIN
 * census by the year it ends in (the 2025–26 census has reference date 31 March 2026).
 */
export interface CollectionYear {
  /** "2025-26" */
  label: string;
  /** The calendar year the collection ends in, e.g. 2026. */
  endYear: number;
  startsOn: IsoDate;
  /** Also the census reference date. */
  endsOn: IsoDate;
}

export function collectionYearEnding(endYear: number): CollectionYear {
  if (!Number.isInteger(endYear) || endYear < 1000 || endYear > 9999) {
    throw new RangeError("A collection year ends in a four-digit year");
  }
  return {
    label: `${endYear - 1}-${String(endYear % 100).padStart(2, "0")}`,
    endYear,
    startsOn: `${endYear - 1}-04-01`,
    endsOn: `${endYear}-03-31`,
  };
}

/** The collection year a date falls in: 31 March 2026 is in 2025-26, 1 April 2026 in 2026-27. */
export function collectionYearOf(date: IsoDate): CollectionYear {
  const year = Number(date.slice(0, 4));
  return collectionYearEnding(date.slice(5) >= "04-01" ? year + 1 : year);
}

export function isInCollectionYear(date: IsoDate, year: CollectionYear): boolean {
  return date >= year.startsOn && date <= year.endsOn;
}

/** The school year that begins during a collection year: 1 September 2025 in 2025-26. */
export function schoolYearStartingIn(year: CollectionYear): IsoDate {
  return `${year.endYear - 1}-09-01`;
}

export const collectionYearLabelSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}$/, "Enter a collection year like 2025-26")
  .refine((v) => (Number(v.slice(0, 4)) + 1) % 100 === Number(v.slice(5)), "The two years must follow each other, like 2025-26")
  .transform((v) => collectionYearEnding(Number(v.slice(0, 4)) + 1));
