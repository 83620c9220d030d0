import { addDays, type IsoDate } from "../calendar/iso-date";
import { addWorkingDays, type HolidaySet } from "../calendar/working-days";
import { englandAndWalesBankHolidayDates } from "../calendar/bank-holidays";
import type { CaseChildCategory } from "./fss-case";

/**
 * How often a child on an FSS case must be seen (issue 12 §2). Children on child protection plans
 * at least every 10 working days, children in need every 4 weeks. Both are the council's to set, so
 * the numbers come from the API's configuration; these are the defaults.
 */
export interface VisitCadence {
  childProtectionWorkingDays: number;
  childInNeedDays: number;
}
export const defaultVisitCadence: VisitCadence = { childProtectionWorkingDays: 10, childInNeedDays: 28 };

/**
 * When the child's next visit is due: counted from their last visit where they were seen, or from
 * the day the case opened when they have not been seen yet. Null for categories without a statutory
 * cadence (looked-after visits follow their own regulations, NEET and multiple needs the plan).
 */
export function nextVisitDue(
  category: CaseChildCategory,
  lastSeenOn: IsoDate | null,
  openedOn: IsoDate,
  cadence: VisitCadence = defaultVisitCadence,
  holidays: HolidaySet = englandAndWalesBankHolidayDates,
): IsoDate | null {
  const from = lastSeenOn && lastSeenOn > openedOn ? lastSeenOn : openedOn;
  if (category === "child_protection_plan") return addWorkingDays(from, cadence.childProtectionWorkingDays, holidays);
  if (category === "child_in_need") return addDays(from, cadence.childInNeedDays);
  return null;
}
