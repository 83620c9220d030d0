import type { IsoDate } from "../calendar/iso-date";
import { addWorkingDays, type HolidaySet } from "../calendar/working-days";
import type { EarlyHelpAssessment } from "./early-help-assessment";

/**
 * Councils set their own target for finishing an Early Help Assessment; about six weeks is common,
 * so the default is 30 working days and every caller can pass its own.
 */
export const DEFAULT_EHA_WORKING_DAYS = 30;

export interface DueDateOptions {
  workingDays?: number;
  holidays?: HolidaySet;
}

export function earlyHelpAssessmentDueDate(startedOn: IsoDate, options: DueDateOptions = {}): IsoDate {
  const days = options.workingDays ?? DEFAULT_EHA_WORKING_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 200) {
    throw new RangeError("The assessment target must be between 1 and 200 working days");
  }
  return addWorkingDays(startedOn, days, options.holidays);
}

/** Still a draft after its due date; a completed assessment is never overdue. */
export function isEarlyHelpAssessmentOverdue(
  a: Pick<EarlyHelpAssessment, "status" | "startedOn">,
  today: IsoDate,
  options: DueDateOptions = {},
): boolean {
  return a.status === "draft" && today > earlyHelpAssessmentDueDate(a.startedOn, options);
}
