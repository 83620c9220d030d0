import { addDays, isoWeekday, type IsoDate } from "../calendar/iso-date";
import { formatLongDate } from "../calendar/uk-dates";

/**
 * Fair use: open-access places are shared, so one family may hold only so many future bookings of
 * the same kind of session in one week (Monday to Sunday). The council sets the number; three lets
 * a family come most weekdays without one family taking a whole week's places.
 */
export const DEFAULT_FAIR_USE_PER_WEEK = 3;

export interface Week {
  /** Monday */
  from: IsoDate;
  /** Sunday */
  to: IsoDate;
}

export function weekContaining(date: IsoDate): Week {
  const from = addDays(date, 1 - isoWeekday(date));
  return { from, to: addDays(from, 6) };
}

/** Why another booking would break the limit, or null when it is allowed. */
export function fairUseProblem(params: {
  /** Future bookings (booked or waiting) the family already holds of this type in the week. */
  heldThatWeek: number;
  limit: number;
  sessionTypeName: string;
  sessionDate: IsoDate;
}): string | null {
  if (params.heldThatWeek < params.limit) return null;
  const week = weekContaining(params.sessionDate);
  const bookings = params.limit === 1 ? "booking" : "bookings";
  return (
    `You already have ${params.heldThatWeek} ${params.sessionTypeName.toLowerCase()} ${bookings} in the week starting ` +
    `${formatLongDate(week.from)}, which is the most one family can hold. Cancel one, or choose a session in another week.`
  );
}
