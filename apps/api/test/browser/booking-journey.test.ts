import { insertOpenAccessSessions, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, startPlatform, type Platform } from "./harness";

let platform: Platform;
let centreName: string;
const title = "Journey test stay and play";
const fullTitle = "Journey test baby group that is full";

/** A session at Blackbird Leys three days ahead: inside the search's default two weeks, still bookable. */
async function addSession(sessionTitle: string, options: { full: boolean }) {
  const db = platform.db.db;
  const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.slug, "blackbird-leys"));
  const [type] = await db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, "stay_play_learn"));
  centreName = centre!.name;
  const date = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const [row] = await insertOpenAccessSessions(db, [
    { centreId: centre!.id, sessionTypeId: type!.id, title: sessionTitle, date, startTime: "10:00", endTime: "11:30", capacity: 5, createdBy: null },
  ]);
  // Every place taken, as if other families had booked them, so the next one waits.
  if (options.full) await db.update(schema.openAccessSessions).set({ bookedCount: 5 }).where(eq(schema.openAccessSessions.id, row!.id));
}

beforeAll(async () => {
  platform = await startPlatform();
  await addSession(title, { full: false });
  await addSession(fullTitle, { full: true });
});
afterAll(() => platform?.close());

/** axe finds nothing, and nothing is wider than the phone's screen. */
async function expectGoodOnPhone(page: Page) {
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function continueTo(page: Page, heading: string | RegExp) {
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  await expectGoodOnPhone(page);
}

async function fillDate(page: Page, iso: string) {
  const [year, month, day] = iso.split("-");
  await page.getByLabel("Day").fill(day!);
  await page.getByLabel("Month").fill(month!);
  await page.getByLabel("Year").fill(year!);
}

describe("a family on a phone", () => {
  // A dozen pages, each checked by axe: well past the default 30 seconds on a busy machine.
  it("finds a session, books it, gets a reference and cancels it through the manage link", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/`);
    await page.getByRole("link", { name: "Find a session" }).click();
    await page.getByRole("heading", { level: 1, name: "Find a session" }).waitFor();
    await page.getByLabel("Centre").selectOption({ label: centreName });
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { name: title }).waitFor();
    await expectGoodOnPhone(page);

    await page.getByRole("link", { name: new RegExp(`Book a place for ${title}`) }).click();
    await page.getByRole("heading", { level: 1, name: "Who is coming?" }).waitFor();
    await expectGoodOnPhone(page);
    // The back link returns to the same search, and the browser's back button to the question.
    await page.getByRole("link", { name: "Back" }).click();
    await page.getByRole("heading", { name: title }).waitFor();
    expect(await page.getByLabel("Centre").inputValue()).not.toBe("");
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Who is coming?" }).waitFor();
    // Nothing entered: the error summary and the field messages, still accessible.
    await continueTo(page, "Who is coming?");
    await page.getByRole("link", { name: "Enter the child’s first name" }).waitFor();

    // A 14-year-old is too old for stay, play and learn: said on this page, beside the date of
    // birth, in the server's words, before any other question is asked.
    await page.getByLabel("First name").fill("Mia");
    await fillDate(page, "2012-01-01");
    await continueTo(page, "Who is coming?");
    const tooOld = /Mia is too old for Stay, play and learn on .+: it is for ages under 5/;
    await page.getByRole("group", { name: "Date of birth" }).locator(".govuk-error-message", { hasText: tooOld }).waitFor();
    await page.locator(".govuk-error-summary").getByRole("link", { name: tooOld }).waitFor();
    expect(await page.getByLabel("First name").inputValue()).toBe("Mia");

    // A refresh keeps the answers; then the right date of birth moves on through the questions.
    await page.reload();
    expect(await page.getByLabel("First name").inputValue()).toBe("Mia");
    await fillDate(page, "2024-03-15");
    await continueTo(page, "What is your full name?");
    await page.getByLabel("What is your full name?").fill("Sam Carer");
    await continueTo(page, "How can we contact you?");
    await page.getByLabel("UK mobile number").fill("07700 900123");
    await page.getByLabel("Text message").check();
    await continueTo(page, "What is your postcode?");
    await page.getByLabel("What is your postcode?").fill("OX4 6JZ");
    await continueTo(page, "Can the centre contact you about other sessions and support?");
    await page.getByLabel("Yes").check();
    await continueTo(page, "Check your answers before booking");
    await page.getByRole("button", { name: "Book the place" }).click();

    await page.getByRole("heading", { level: 1, name: "Booking complete" }).waitFor();
    const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();
    expect(reference).not.toBe("");
    await expectGoodOnPhone(page);
    expect(page.url()).not.toContain("Mia");

    await page.getByRole("link", { name: "Manage your booking" }).click();
    await page.getByRole("heading", { level: 1, name: "Your booking" }).waitFor();
    await page.getByText(`Reference ${reference}`).waitFor();
    await expectGoodOnPhone(page);

    await page.getByRole("link", { name: "Add a child" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a child" }).waitFor();
    await expectGoodOnPhone(page);
    await page.getByLabel("First name").fill("Leo");
    await fillDate(page, "2023-06-01");
    await page.getByRole("button", { name: "Add child" }).click();
    await page.getByText("Leo has been added to your booking").waitFor();
    await expectGoodOnPhone(page);

    await page.getByRole("link", { name: "Remove a child" }).click();
    await page.getByRole("heading", { level: 1, name: "Which child is no longer coming?" }).waitFor();
    await expectGoodOnPhone(page);
    await page.getByLabel("Leo").check();
    await page.getByRole("button", { name: "Remove child" }).click();
    await page.getByText("Leo has been removed from your booking").waitFor();
    // The browser's back button goes back through the manage pages with the link still working.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Which child is no longer coming?" }).waitFor();
    await page.goForward();
    await page.getByRole("heading", { level: 1, name: "Your booking" }).waitFor();

    await page.getByRole("link", { name: "Cancel this booking" }).click();
    await page.getByRole("heading", { level: 1, name: "Are you sure you want to cancel this booking?" }).waitFor();
    await expectGoodOnPhone(page);
    await page.getByRole("button", { name: "Yes, cancel the booking" }).click();
    await page.getByText("Your booking has been cancelled").waitFor();
    await page.getByText("Cancelled", { exact: true }).waitFor();
    await expectGoodOnPhone(page);

    const [booking] = await platform.db.db.select().from(schema.bookings).where(eq(schema.bookings.reference, reference));
    expect(booking!.status).toBe("cancelled");
  }, 180_000);

  it("joins the waiting list for a full session", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/sessions`);
    await page.getByRole("heading", { name: fullTitle }).waitFor();
    await page.getByText("Full – join the waiting list").first().waitFor();
    await page.getByRole("link", { name: new RegExp(`Join the waiting list for ${fullTitle}`) }).click();
    await page.getByText("This session is full").waitFor();
    await page.getByLabel("First name").fill("Ava");
    await fillDate(page, "2025-01-20");
    await continueTo(page, "What is your full name?");
    await page.getByLabel("What is your full name?").fill("Jo Waiting");
    await continueTo(page, "How can we contact you?");
    await page.getByLabel("Email address").fill("jo@example.com");
    await page.getByLabel("Email", { exact: true }).check();
    await continueTo(page, "What is your postcode?");
    await page.getByLabel("What is your postcode?").fill("OX4 1AA");
    await continueTo(page, "Can the centre contact you about other sessions and support?");
    await page.getByLabel("No").check();
    await continueTo(page, "Check your answers before booking");
    await page.getByRole("button", { name: "Join the waiting list" }).click();
    await page.getByRole("heading", { level: 1, name: "You are on the waiting list" }).waitFor();
    await page.getByText("You are number 1 on the waiting list").waitFor();
    await expectGoodOnPhone(page);
  }, 120_000);

  it("finds sessions by a place, a centre's name or a postcode, partly typed", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/sessions`);
    const place = page.getByLabel("Or town, place or postcode");
    // Each search expects the opposite of the one before, so the last results cannot pass for it.
    const search = async (typed: string, outcome: "found" | "none") => {
      await place.fill(typed);
      await page.getByRole("button", { name: "Search" }).click();
      if (outcome === "found") await page.getByRole("heading", { name: title }).waitFor();
      else await page.getByRole("heading", { level: 2, name: "No sessions found" }).waitFor();
    };
    await search("Banbury", "none");
    await search("blackbird leys", "found");
    await expectGoodOnPhone(page);
    await search("Didcot", "none");
    await search("Oxf", "found");
    await search("Abingdon", "none");
    // A family's own postcode finds the centres serving its district; only the district is kept
    // in the address bar, which is where it lives.
    await search("ox4 6jz", "found");
    expect(new URL(page.url()).searchParams.get("town")).toBe("OX4");
    expect(page.url().toUpperCase()).not.toContain("6JZ");
  }, 90_000);

  it("shows only “This link is not valid” for a forged manage link", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/booking/manage#${"x".repeat(43)}`);
    await page.getByRole("heading", { level: 1, name: "This link is not valid" }).waitFor();
    expect(await page.locator("main").innerText()).toBe("This link is not valid");
    await expectGoodOnPhone(page);
  });
});
