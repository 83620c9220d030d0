import { csvCells } from "../shared/csv";
import { z } from "zod";
import { EARLIEST_DATE, LATEST_DATE } from "../calendar/iso-date";
import { formatMonth } from "../calendar/uk-dates";

/**
 * Reach: how many families a centre registers and sees each month, how many of the children seen
 * are under 5, and how many live in the centre's reach area — the figures Ofsted-style reviews and
 * the council's commissioners ask for.
 */
export const MAX_REACH_MONTHS = 24;

const monthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Enter a month like 2026-11")
  // The same range as any date (isoDateSchema): year 0000 is no month a centre was open in.
  .refine((month) => month >= EARLIEST_DATE.slice(0, 7) && month <= LATEST_DATE.slice(0, 7), "Enter a month between 1900 and 2099");

export function monthsBetween(from: string, to: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5)) - 1;
  const months: string[] = [];
  for (let i = index(from); i <= index(to); i++) months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  return months;
}

export const reachQuerySchema = z
  .object({ centreId: z.uuid({ error: "Choose a centre" }), fromMonth: monthSchema, toMonth: monthSchema })
  .superRefine((q, ctx) => {
    if (q.toMonth < q.fromMonth) ctx.addIssue({ code: "custom", path: ["toMonth"], message: "The last month must be on or after the first" });
    else if (monthsBetween(q.fromMonth, q.toMonth).length > MAX_REACH_MONTHS)
      ctx.addIssue({ code: "custom", path: ["toMonth"], message: `Choose at most ${MAX_REACH_MONTHS} months` });
  });
export type ReachQuery = z.infer<typeof reachQuerySchema>;

export interface ReachCounts {
  /** "2026-11" */
  month: string;
  /** Families seen by this centre for the first time this month. */
  familiesRegistered: number;
  /** Children marked attended, counting each visit. */
  attendances: number;
  /** Different children who attended at least once. */
  childrenSeen: number;
  childrenUnder5: number;
  childrenFromReachArea: number;
}

export interface ReachMonth extends ReachCounts {
  /** 0–1, or null when no child was seen (a share of nobody is not 0%). */
  shareUnder5: number | null;
  shareFromReachArea: number | null;
}

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

/** Every month in the range, zero-filled, with its shares. */
export function reachMonths(fromMonth: string, toMonth: string, counts: readonly ReachCounts[]): ReachMonth[] {
  return monthsBetween(fromMonth, toMonth).map((month) => {
    const c = counts.find((x) => x.month === month) ?? {
      month,
      familiesRegistered: 0,
      attendances: 0,
      childrenSeen: 0,
      childrenUnder5: 0,
      childrenFromReachArea: 0,
    };
    return { ...c, shareUnder5: share(c.childrenUnder5, c.childrenSeen), shareFromReachArea: share(c.childrenFromReachArea, c.childrenSeen) };
  });
}

const percent = (s: number | null) => (s === null ? "" : `${(s * 100).toFixed(1)}%`);

/** The figures as CSV for a spreadsheet: one row per month, percentages as the council reports them. */
export function reachCsv(centreName: string, months: readonly ReachMonth[]): string {
  const header = [
    "Centre",
    "Month",
    "Families registered",
    "Attendances",
    "Children seen",
    "Children under 5",
    "Share under 5",
    "Children from reach area",
    "Share from reach area",
  ];
  const rows = months.map((m) => [
    centreName,
    formatMonth(m.month),
    m.familiesRegistered,
    m.attendances,
    m.childrenSeen,
    m.childrenUnder5,
    percent(m.shareUnder5),
    m.childrenFromReachArea,
    percent(m.shareFromReachArea),
  ]);
  return csvCells([header, ...rows]);
}
