import { DEMO_PASSWORD, insertCentreClosure, schema } from "@hearth/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookAsFamily, dayAfter, londonToday, sessionTomorrowAtLeys } from "./centre-fixtures";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";
import type { Page } from "playwright-core";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const inDays = (n: number) => Array.from({ length: n }).reduce<string>((date) => dayAfter(date), londonToday());

/** GOV.UK's three date boxes of one field, by their ids (the day box carries the field's name). */
async function fillDate(page: Page, name: string, iso: string) {
  const [year, month, day] = iso.split("-");
  await page.locator(`#${name}`).fill(String(Number(day)));
  await page.locator(`#${name}-month`).fill(String(Number(month)));
  await page.locator(`#${name}-year`).fill(year!);
}

describe("centre staff screens for closures, a family's cancellation and a series' skipped weeks", () => {
  it("add a closure (errors beside the fields, what was typed kept) and remove it", { timeout: 120_000 }, async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/staff/closures`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Closures", exact: true }).waitFor();
    await page.getByText("No closures are planned.").waitFor();
    await expectAccessible(page);

    await page.getByLabel("Reason").fill("Heating repairs");
    await page.getByRole("button", { name: "Add closure" }).click();
    await page.getByText("There is a problem").waitFor();
    expect(await page.getByLabel("Reason").inputValue()).toBe("Heating repairs");
    await expectAccessible(page);

    const first = inDays(30);
    await fillDate(page, "from", first);
    await fillDate(page, "to", inDays(31));
    await page.getByRole("button", { name: "Add closure" }).click();
    await page.getByText(/Closure added: 0 sessions affected/).waitFor();
    const row = page.getByRole("row", { name: /Heating repairs/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(`Heating repairs`);
    await expectAccessible(page);
    const stored = await platform.db.db.select().from(schema.centreClosures).where(eq(schema.centreClosures.reason, "Heating repairs"));
    expect(stored).toEqual([expect.objectContaining({ startsOn: first, endsOn: inDays(31) })]);

    await row.getByRole("button", { name: /^Remove/ }).click();
    await page.getByText("Closure removed. Sessions it cancelled stay cancelled.").waitFor();
    await page.getByText("No closures are planned.").waitFor();
    expect(await platform.db.db.select().from(schema.centreClosures).where(eq(schema.centreClosures.reason, "Heating repairs"))).toEqual([]);
    const [audit] = await platform.db.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, "centre_closure.remove"));
    expect(audit).toMatchObject({ entityId: stored[0]!.id, outcome: "allowed" });
    await expectAccessible(page);
  });

  it("cancel a booking for a family who rang, only with a reason, and the family is told", { timeout: 120_000 }, async () => {
    const db = platform.db.db;
    const { sessionId } = await sessionTomorrowAtLeys(db, "Messy play", { startTime: "10:00", endTime: "11:00" });
    const booked = await bookAsFamily(db, sessionId, "Zara");
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/staff/sessions/${sessionId}/register`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Register: Messy play" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Cancel booking for Zara" }).click();
    await page.getByRole("heading", { name: "Cancel Zara’s booking" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Cancel booking and tell the family" }).click();
    await page.getByText("Say why the booking is cancelled, like ‘Parent rang: child unwell’").first().waitFor();
    await expectAccessible(page);

    await page.getByLabel("Why is it cancelled?").fill("Parent rang: child unwell");
    await page.getByRole("button", { name: "Cancel booking and tell the family" }).click();
    await page.getByRole("heading", { name: "Booking cancelled" }).waitFor();
    await expectAccessible(page);

    const [booking] = await db.select().from(schema.bookings).where(eq(schema.bookings.reference, booked.reference));
    expect(booking).toMatchObject({ status: "cancelled", cancelledBy: "staff" });
    const told = await db
      .select()
      .from(schema.familyMessageOutbox)
      .where(and(eq(schema.familyMessageOutbox.bookingId, booking!.id), eq(schema.familyMessageOutbox.kind, "booking_cancelled")));
    expect(told).toHaveLength(1);
    const [audit] = await db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, "booking.cancel"), eq(schema.auditEvents.entityId, booking!.id)));
    expect(audit?.detail).toMatchObject({ reason: "Parent rang: child unwell" });
  });

  it("see before saving that a weekly series skips a bank holiday and a closure", { timeout: 120_000 }, async () => {
    const db = platform.db.db;
    const { centreId } = await sessionTomorrowAtLeys(db, "Unused");
    // Mondays 13 December 2027 to 10 January 2028: 27 December and 3 January are bank holidays
    // (substitute days), and the centre is closed on 10 January.
    await insertCentreClosure(db, { centreId, startsOn: "2028-01-10", endsOn: "2028-01-10", reason: "Staff training" });
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/staff/sessions/new-series`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Create a weekly series" }).waitFor();
    await page.getByLabel("Type of session").selectOption({ index: 1 });
    await page.getByLabel("Title").fill("Winter rhymes");
    await fillDate(page, "firstDate", "2027-12-13");
    await fillDate(page, "lastDate", "2028-01-10");
    await page.getByText("2 sessions will be created.").waitFor();
    await page
      .getByText(
        "These weeks will be skipped: 27 December 2027 (bank holiday: Christmas Day (substitute day)), 3 January 2028 (bank holiday: New Year’s Day (substitute day)), 10 January 2028 (centre closed: Staff training).",
      )
      .waitFor();
    await expectAccessible(page);

    await page.getByLabel("Start time").fill("10:00");
    await page.getByLabel("End time").fill("11:00");
    await page.getByLabel("Places").fill("6");
    await page.getByRole("button", { name: "Create series" }).click();
    await page.getByRole("heading", { name: "Weekly series created" }).waitFor();
    await page.getByText("2 sessions are open for booking").waitFor();
    await page.getByText("27 December 2027 (bank holiday: Christmas Day (substitute day))").waitFor();
    await expectAccessible(page);
  });
});
