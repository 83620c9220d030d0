import type { IsoDate } from "./iso-date";

// Calendar dates are whole days, so they are formatted as UTC midnights: no time zone can move them.
const longDate = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const fullDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "10 June 2026": a date in a message, as GOV.UK writes it (never 2026-06-10). */
export function formatDate(date: IsoDate): string {
  return fullDate.format(new Date(`${date}T00:00:00Z`));
}

/** "Monday 23 November", as GOV.UK writes dates in running text. */
export function formatLongDate(date: IsoDate): string {
  return longDate.format(new Date(`${date}T00:00:00Z`)).replace(",", "");
}

/** "November 2026" for a month given as "2026-11". */
export function formatMonth(month: string): string {
  return monthYear.format(new Date(`${month}-01T00:00:00Z`));
}

const londonClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * "10am", "2:15pm", "12pm" (midday), "12am" (midnight): the time in England at an instant, as
 * GOV.UK writes times, whatever the zone of the server or browser doing the formatting.
 */
export function formatLondonTime(instant: Date): string {
  const parts = londonClock.formatToParts(instant);
  const hour = parts.find((p) => p.type === "hour")?.value ?? "0";
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  return formatClockTime(`${hour}:${minute}`);
}

/** "14:30" (a wall-clock time as a form takes it) as GOV.UK writes times: "2:30pm". */
export function formatClockTime(time: string): string {
  const [hourText = "0", minute = "00"] = time.split(":");
  const hour = Number(hourText);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute === "00" ? "" : `:${minute}`}${hour < 12 ? "am" : "pm"}`;
}
