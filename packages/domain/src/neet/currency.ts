import { z } from "zod";
import { addMonths, type IsoDate } from "../calendar/iso-date";
import { neetActivityGroup, type NeetActivityGroup } from "./activity-codes";

/**
 * How long a confirmation of each kind of activity stays current, in months. A course runs a year,
 * a job changes more often, and a young person who is NEET is followed up monthly. Councils set
 * their own periods (NEET_CURRENCY_MONTHS), so these are only the defaults.
 */
export type CurrencyPeriods = Record<NeetActivityGroup, number>;
export const defaultCurrencyPeriods: CurrencyPeriods = {
  school: 12,
  education: 12,
  employment: 6,
  training: 6,
  neet: 3,
  custody: 6,
  not_known: 0,
};

/** The last day the activity is current; a "not known" activity never is. */
export function currentUntil(activity: { code: string; lastConfirmedOn: IsoDate }, periods: CurrencyPeriods = defaultCurrencyPeriods): IsoDate {
  return addMonths(activity.lastConfirmedOn, periods[neetActivityGroup(activity.code)]);
}

/** An activity not confirmed within its period counts as "not known" from the day after. */
export function isActivityCurrent(
  activity: { code: string; lastConfirmedOn: IsoDate },
  today: IsoDate,
  periods: CurrencyPeriods = defaultCurrencyPeriods,
): boolean {
  return neetActivityGroup(activity.code) !== "not_known" && today <= currentUntil(activity, periods);
}

/** What the figures and the return count the young person as today. */
export type NeetStatus = NeetActivityGroup;
export function neetStatus(
  activity: { code: string; lastConfirmedOn: IsoDate } | null,
  today: IsoDate,
  periods: CurrencyPeriods = defaultCurrencyPeriods,
): NeetStatus {
  if (!activity || !isActivityCurrent(activity, today, periods)) return "not_known";
  return neetActivityGroup(activity.code);
}

/** Parses "neet=1,employment=4": the groups named take those months, the rest keep the defaults. */
export function parseCurrencyPeriods(text: string | undefined): CurrencyPeriods {
  const periods = { ...defaultCurrencyPeriods };
  for (const part of (text ?? "").split(",").filter(Boolean)) {
    const [group, months] = part.split("=").map((s) => s.trim());
    if (!group || !(group in periods) || !/^\d{1,2}$/.test(months ?? ""))
      throw new RangeError(`"${part}" is not a kind of activity and a number of months, like neet=3`);
    periods[group as NeetActivityGroup] = Number(months);
  }
  return periods;
}

/** The NEET_CURRENCY_MONTHS setting as both the API and the worker read it: "neet=3,employment=6". */
export const currencyMonthsSettingSchema = z
  .string()
  .regex(
    /^\s*((school|education|employment|training|neet|custody)=\d{1,2}(\s*,\s*(school|education|employment|training|neet|custody)=\d{1,2})*)?\s*$/,
    "must be kinds of activity with months, like neet=3,employment=6",
  )
  .optional();
