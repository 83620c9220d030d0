import { englandAndWalesBankHolidayDates } from "../../calendar/bank-holidays";
import { collectionYearEnding, schoolYearStartingIn } from "../../calendar/collection-year";
import { addWorkingDays, type HolidaySet } from "../../calendar/working-days";
import { addDays, addYears, type IsoDate } from "../../calendar/iso-date";
import { recognisedUpnLaCodes } from "./upn-la-codes";

export { recognisedUpnLaCodes, upnLaCodeList } from "./upn-la-codes";

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
  /** 8770Q: born on or before this day, the child is of school age in this census. */
  schoolAgeBornBy: IsoDate;
  workingDaysBefore: (date: IsoDate, days: number) => IsoDate;
}

export function checkContext(options: CensusCheckOptions): CheckContext {
  const year = collectionYearEnding(options.censusYear);
  const holidays = options.bankHolidays ?? englandAndWalesBankHolidayDates;
  const workingDays = new Map<string, IsoDate>();
  return {
    referenceDate: year.endsOn,
    collectionStart: year.startsOn,
    inCensusYear: (d) => d >= year.startsOn && d <= year.endsOn,
    laCodes: options.recognisedLaCodes ?? recognisedUpnLaCodes,
    // Five by the day before the school year that starts in the collection year: in Year 1 or above.
    schoolAgeBornBy: addDays(addYears(schoolYearStartingIn(year), -5), -1),
    workingDaysBefore: (d, n) => {
      // Remembered: the whole-return export asks the same few dates for every child.
      const key = `${d}/${n}`;
      let day = workingDays.get(key);
      if (day === undefined) workingDays.set(key, (day = addWorkingDays(d, -n, holidays)));
      return day;
    },
  };
}
