import { englandAndWalesBankHolidayDates } from "../../calendar/bank-holidays";
import { collectionYearEnding } from "../../calendar/collection-year";
import { addWorkingDays, type HolidaySet } from "../../calendar/working-days";
import type { IsoDate } from "../../calendar/iso-date";

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The LA codes rule 1530 accepts in UPN characters 2–4: post-April-1998 LA codes and the DfE's
 * "pseudo LA" codes, as listed in the rule's own text in the 2025–26 validation rules.
 */
export const recognisedUpnLaCodes: ReadonlySet<string> = new Set(
  [
    ...range(1, 5),
    ...range(201, 213),
    ...range(301, 320),
    ...range(330, 336),
    ...range(340, 344),
    ...range(350, 359),
    ...range(370, 373),
    ...range(380, 384),
    ...range(390, 394),
    420,
    ...range(660, 681),
    ...range(701, 708),
    ...range(800, 803),
    ...range(805, 808),
    ...range(810, 813),
    815,
    816,
    ...range(820, 823),
    825,
    826,
    830,
    831,
    ...range(835, 839),
    840,
    841,
    845,
    846,
    ...range(850, 852),
    ...range(855, 857),
    860,
    861,
    ...range(865, 896),
    908,
    909,
    916,
    919,
    921,
    925,
    926,
    928,
    929,
    931,
    933,
    ...range(935, 938),
    940,
    941,
  ].map((n) => String(n).padStart(3, "0")),
);

export interface CensusCheckOptions {
  /** The year the census ends in: 2026 for the 2025–26 census (reference date 31 March 2026). */
  censusYear: number;
  recognisedLaCodes?: ReadonlySet<string>;
  bankHolidays?: HolidaySet;
}

export interface CheckContext {
  referenceDate: IsoDate;
  collectionStart: IsoDate;
  inCensusYear: (date: IsoDate) => boolean;
  laCodes: ReadonlySet<string>;
  workingDaysBefore: (date: IsoDate, days: number) => IsoDate;
}

export function checkContext(options: CensusCheckOptions): CheckContext {
  const year = collectionYearEnding(options.censusYear);
  const holidays = options.bankHolidays ?? englandAndWalesBankHolidayDates;
  return {
    referenceDate: year.endsOn,
    collectionStart: year.startsOn,
    inCensusYear: (d) => d >= year.startsOn && d <= year.endsOn,
    laCodes: options.recognisedLaCodes ?? recognisedUpnLaCodes,
    workingDaysBefore: (d, n) => addWorkingDays(d, -n, holidays),
  };
}
