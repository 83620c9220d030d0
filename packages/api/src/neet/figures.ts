import { neetFigures } from "@hearth/db";
import { addDays, addMonths, londonDateOf, type NeetFigures } from "@hearth/domain";
import type { ScopedContext } from "../context";

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * NEET and not-known counts and shares per area at each month's end (or today, for this month):
 * counts only, nobody's record, so nothing is audited.
 */
export async function neetFiguresFor(ctx: ScopedContext, input: NeetFigures) {
  const today = londonDateOf(ctx.now());
  const lastMonth = input.toMonth ?? today.slice(0, 7);
  const monthEnds: string[] = [];
  for (let back = input.months - 1; back >= 0; back--) {
    const first = addMonths(`${lastMonth}-01`, -back);
    const end = addDays(addMonths(first, 1), -1);
    monthEnds.push(end > today ? today : end);
  }
  const rows = await neetFigures(ctx.db, { monthEnds, periods: ctx.config.neet.currencyPeriods });
  return {
    rows: rows.map((r) => ({
      month: r.month,
      areaName: r.areaName,
      cohort: r.cohort,
      neet: r.neet,
      notKnown: r.notKnown,
      neetShare: share(r.neet, r.cohort),
      notKnownShare: share(r.notKnown, r.cohort),
    })),
  };
}
