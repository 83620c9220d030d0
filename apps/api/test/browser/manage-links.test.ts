import { randomUUID } from "node:crypto";
import { insertOpenAccessSessions, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, startPlatform, type Platform } from "./harness";

// Families open their manage links from messages; on a shared computer, or a parent booking for a
// friend, a second link lands in the tab that already shows the first.
let platform: Platform;
const families: Record<"amara" | "ben" | "cleo" | "dan", { reference: string; manageToken: string }> = {} as never;

async function addSession(title: string, capacity: number) {
  const db = platform.db.db;
  const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.slug, "blackbird-leys"));
  const [type] = await db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, "stay_play_learn"));
  const date = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const [row] = await insertOpenAccessSessions(db, [
    {
      centreId: centre!.id,
      sessionTypeId: type!.id,
      title,
      date,
      startTime: "10:00",
      endTime: "11:30",
      capacity,
      createdBy: null,
    },
  ]);
  return row!.id;
}

/** A booking made as the booking pages make it, through the public API. */
async function book(sessionId: string, carerName: string, mobile: string, postcode: string, child: string) {
  const response = await fetch(`${platform.baseUrl}/trpc/bookings.create`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      sessionId,
      idempotencyKey: randomUUID(),
      carerName,
      mobile,
      preferredChannel: "sms",
      postcode,
      consentToContact: false,
      children: [{ firstName: child, dateOfBirth: "2024-02-10", send: false }],
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: { reference: string; manageToken: string } } }).result.data;
}

const manageLink = (token: string) => `${platform.baseUrl}/centres/booking/manage#${token}`;
const statusOf = async (reference: string) =>
  (await platform.db.db.select().from(schema.bookings).where(eq(schema.bookings.reference, reference)))[0]!.status;

async function openBooking(page: Page, token: string, reference: string) {
  await page.goto(manageLink(token));
  await page.getByRole("heading", { level: 1, name: "Your booking" }).waitFor();
  await page.getByText(`Reference ${reference}`).waitFor();
}

beforeAll(async () => {
  platform = await startPlatform();
  const roomy = await addSession("Manage links stay and play", 8);
  const small = await addSession("Manage links small group", 4);
  const full = await addSession("Manage links full group", 1);
  families.amara = await book(roomy, "Amara Osei", "07700 900811", "OX4 6PL", "Kofi");
  families.ben = await book(small, "Ben Walsh", "07700 900822", "OX3 9DU", "Rory");
  families.cleo = await book(full, "Cleo Hart", "07700 900833", "OX14 3HA", "Ivy");
  families.dan = await book(full, "Dan Reyes", "07700 900844", "OX16 1AB", "Theo");
});
afterAll(() => platform?.close());

describe("manage links opened one after another in one tab", () => {
  it("shows the second family's booking and cancels the booking shown, not the one before", async () => {
    const page = await platform.newPage();
    await openBooking(page, families.amara.manageToken, families.amara.reference);
    await page.getByRole("heading", { name: "Manage links stay and play" }).waitFor();

    // Same page, another fragment: the browser does not load the page again.
    await openBooking(page, families.ben.manageToken, families.ben.reference);
    const shown = await page.locator("main").innerText();
    expect(shown).toContain("Manage links small group");
    expect(shown).toContain("Rory");
    expect(shown).not.toContain(families.amara.reference);
    expect(shown).not.toContain("Kofi");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Cancel this booking" }).click();
    await page.getByRole("heading", { level: 1, name: "Are you sure you want to cancel this booking?" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("Manage links small group");
    await page.getByRole("button", { name: "Yes, cancel the booking" }).click();
    await page.getByText("Your booking has been cancelled").waitFor();
    expect(await page.locator("main").innerText()).toContain(`Reference ${families.ben.reference}`);
    expect(await statusOf(families.ben.reference)).toBe("cancelled");
    expect(await statusOf(families.amara.reference)).toBe("booked");

    // And back to the first link in the same tab: still the first family's booking, untouched.
    await openBooking(page, families.amara.manageToken, families.amara.reference);
    expect(await page.locator("main").innerText()).toContain("Kofi");
    await page.getByRole("link", { name: "Cancel this booking" }).waitFor();
  }, 90_000);

  it("describes the family's own place, never the places left or the call to join the waiting list", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await openBooking(page, families.amara.manageToken, families.amara.reference);
    let shown = await page.locator("main").innerText();
    expect(shown).toContain("You have 1 place booked.");
    expect(shown).not.toMatch(/places? left/);
    await expectAccessible(page);

    // Cleo took the one place; Dan waits behind her.
    await openBooking(page, families.dan.manageToken, families.dan.reference);
    shown = await page.locator("main").innerText();
    expect(shown).toContain("On the waiting list");
    expect(shown).toContain("You are number 1 on the waiting list.");
    expect(shown).not.toContain("Full");
    expect(shown).not.toMatch(/join the waiting list/i);
    await expectAccessible(page);
  }, 90_000);
});
