import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englandAndWalesBankHolidayDates } from "../calendar/bank-holidays";
import { addDays, daysBetween, isoWeekday } from "../calendar/iso-date";
import { isCentreClosedOn } from "../centres/closures";
import { weekdays } from "../centres/time-of-day";
import { firstOccurrences, sessionOccurrences, weeklyScheduleSchema } from "./recurring-schedule";

const mondays = weeklyScheduleSchema.parse({
  weekday: "monday",
  startTime: "10:00",
  endTime: "11:30",
  startsOn: "2026-04-01",
});

describe("recurring weekly sessions", () => {
  it("skip bank holidays and closures, and say why", () => {
    const closures = [{ from: "2026-04-20", to: "2026-04-24", reason: "Roof repairs" }];
    const result = sessionOccurrences(mondays, { from: "2026-04-01", to: "2026-05-11" }, { closures });
    expect(result.occurrences.map((o) => o.date)).toEqual(["2026-04-13", "2026-04-27", "2026-05-11"]);
    expect(result.skipped).toEqual([
      { date: "2026-04-06", reason: "bank_holiday", detail: "Easter Monday" },
      { date: "2026-04-20", reason: "centre_closed", detail: "Roof repairs" },
      { date: "2026-05-04", reason: "bank_holiday", detail: "Early May bank holiday" },
    ]);
  });

  it("can run on bank holidays when the centre chooses to", () => {
    const open = { ...mondays, skipBankHolidays: false };
    expect(sessionOccurrences(open, { from: "2026-04-06", to: "2026-04-06" }).occurrences).toHaveLength(1);
  });

  it("repeat fortnightly from the first session and stop at the last date", () => {
    const fortnightly = weeklyScheduleSchema.parse({
      ...mondays,
      everyWeeks: 2,
      startsOn: "2026-06-01",
      endsOn: "2026-07-13",
    });
    expect(sessionOccurrences(fortnightly, { from: "2026-06-10", to: "2026-12-31" }).occurrences.map((o) => o.date)).toEqual([
      "2026-06-15",
      "2026-06-29",
      "2026-07-13",
    ]);
  });

  it("run a fixed-length course past skipped weeks", () => {
    const dates = firstOccurrences(mondays, 4).map((o) => o.date);
    expect(dates).toEqual(["2026-04-13", "2026-04-20", "2026-04-27", "2026-05-11"]);
  });

  it("refuse a session that ends before it starts", () => {
    expect(weeklyScheduleSchema.safeParse({ ...mondays, endTime: "09:00" }).error?.issues[0]?.message).toBe("The session must end after it starts");
    expect(weeklyScheduleSchema.safeParse({ ...mondays, everyWeeks: 5 }).error?.issues[0]?.message).toBe("Repeat every 1 to 4 weeks");
  });

  const schedule = fc
    .record({
      weekday: fc.constantFrom(...weekdays),
      startsOn: fc.integer({ min: 0, max: 1400 }).map((n) => addDays("2024-01-01", n)),
      everyWeeks: fc.integer({ min: 1, max: 4 }),
      length: fc.integer({ min: 0, max: 200 }),
    })
    .map((s) =>
      weeklyScheduleSchema.parse({
        weekday: s.weekday,
        startTime: "09:30",
        endTime: "11:00",
        startsOn: s.startsOn,
        everyWeeks: s.everyWeeks,
        endsOn: addDays(s.startsOn, s.length),
      }),
    );
  const closures = fc.array(
    fc.record({ start: fc.integer({ min: 0, max: 1500 }), days: fc.integer({ min: 0, max: 14 }) }).map(({ start, days }) => ({
      from: addDays("2024-01-01", start),
      to: addDays("2024-01-01", start + days),
      reason: "Works",
    })),
    { maxLength: 4 },
  );

  it("only produce sessions on the right weekday, in range, never on a holiday or closure", () => {
    fc.assert(
      fc.property(schedule, closures, fc.integer({ min: -30, max: 60 }), fc.integer({ min: 0, max: 300 }), (s, shut, offset, span) => {
        const from = addDays(s.startsOn, offset);
        const to = addDays(from, span);
        const { occurrences, skipped } = sessionOccurrences(s, { from, to }, { closures: shut });
        const day = weekdays.indexOf(s.weekday) + 1;
        return (
          occurrences.every(
            (o) =>
              isoWeekday(o.date) === day &&
              o.date >= from &&
              o.date <= to &&
              o.date >= s.startsOn &&
              o.date <= s.endsOn! &&
              !englandAndWalesBankHolidayDates.has(o.date) &&
              !isCentreClosedOn(shut, o.date),
          ) && skipped.every((k) => !occurrences.some((o) => o.date === k.date))
        );
      }),
    );
  });

  it("keep to the cadence, in order, with held and skipped sessions covering every scheduled week", () => {
    fc.assert(
      fc.property(schedule, closures, (s, shut) => {
        const { occurrences, skipped } = sessionOccurrences(s, { from: s.startsOn, to: s.endsOn! }, { closures: shut });
        const all = [...occurrences.map((o) => o.date), ...skipped.map((k) => k.date)].sort();
        const expected = Math.floor(daysBetween(all[0] ?? s.startsOn, s.endsOn!) / (7 * s.everyWeeks)) + 1;
        const inOrder = occurrences.every((o, i) => i === 0 || o.date > occurrences[i - 1]!.date);
        const cadence = all.every((d, i) => i === 0 || daysBetween(all[i - 1]!, d) === 7 * s.everyWeeks);
        return inOrder && cadence && (all.length === 0 || all.length === expected);
      }),
    );
  });

  it("a fixed-length course always has exactly the sessions asked for, none skipped", () => {
    fc.assert(
      fc.property(schedule, closures, fc.integer({ min: 1, max: 20 }), (s, shut, count) => {
        const dates = firstOccurrences(s, count, { closures: shut }).map((o) => o.date);
        return (
          dates.length === count &&
          new Set(dates).size === count &&
          dates.every((d) => !englandAndWalesBankHolidayDates.has(d) && !isCentreClosedOn(shut, d))
        );
      }),
    );
  });
});
