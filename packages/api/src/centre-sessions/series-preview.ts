import { centreClosuresBetween, type Db } from "@hearth/db";
import { isoWeekday, sessionOccurrences, weekdayName, type IsoDate, type SessionSeriesPreview } from "@hearth/domain";

/**
 * The weeks a weekly series runs, by the domain's rule: every week on the first date's weekday up
 * to the last date, skipping bank holidays and the centre's closures. Creating a series and
 * previewing it both ask here, so what staff are shown is what gets saved.
 */
export async function seriesWeeks(db: Db, input: SessionSeriesPreview) {
  const closures = await centreClosuresBetween(db, { centreId: input.centreId, from: input.firstDate, to: input.lastDate });
  const schedule = {
    weekday: weekdayName(isoWeekday(input.firstDate)),
    // Times never decide which weeks run; the series' own times go on the sessions it creates.
    startTime: "00:00",
    endTime: "23:59",
    startsOn: input.firstDate,
    endsOn: input.lastDate,
    everyWeeks: 1,
    skipBankHolidays: true,
  };
  const { occurrences, skipped } = sessionOccurrences(schedule, { from: input.firstDate, to: input.lastDate }, { closures });
  return { dates: occurrences.map((o): IsoDate => o.date), skipped };
}

/** What a series would create and skip, with why, for the new-series page before it is saved. */
export function previewSeries(ctx: { db: Db }, input: SessionSeriesPreview) {
  return seriesWeeks(ctx.db, input);
}
