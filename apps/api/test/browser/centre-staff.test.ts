import { readFile } from "node:fs/promises";
import { DEMO_PASSWORD, schema } from "@hearth/db";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookAsFamily, dayAfter, londonToday, sessionTomorrowAtLeys } from "./centre-fixtures";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

/**
 * Today's session at the signed-in member's centre with one booking. Booked for tomorrow, as only
 * future sessions can be booked, then moved to today so its register is open whatever the time.
 */
async function sessionTodayWithBooking(title: string, childFirstName: string) {
  const db = platform.db.db;
  const { sessionId } = await sessionTomorrowAtLeys(db, title);
  await bookAsFamily(db, sessionId, childFirstName);
  const dayEarlier = sql`interval '1 day'`;
  await db
    .update(schema.openAccessSessions)
    .set({ startsAt: sql`${schema.openAccessSessions.startsAt} - ${dayEarlier}`, endsAt: sql`${schema.openAccessSessions.endsAt} - ${dayEarlier}` })
    .where(eq(schema.openAccessSessions.id, sessionId));
  return sessionId;
}

describe("centre staff in a real browser", () => {
  it("see today's sessions, open the register and check a child in, on a 375 px screen", async () => {
    const sessionId = await sessionTodayWithBooking("Toddler music", "Amira");
    const page = await platform.newPage({ width: 375, height: 740 });

    await page.goto(`${platform.baseUrl}/centres/staff/today`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Today’s sessions" }).waitFor();
    const row = page.getByRole("row", { name: /Toddler music/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("1 of 12");
    await expectAccessible(page);

    // A day that does not exist is refused beside the date, keeping what was typed.
    const day = page.getByRole("group", { name: "Show sessions on" });
    await day.getByLabel("Day").fill("31");
    await day.getByLabel("Month").fill("2");
    await day.getByRole("textbox", { name: "Year" }).fill("2026");
    await page.getByRole("button", { name: "Show sessions" }).click();
    await page.getByRole("link", { name: "Enter a real date, like 23 11 2026" }).waitFor();
    expect(await day.getByLabel("Day").inputValue()).toBe("31");
    await expectAccessible(page);
    await page.goto(`${platform.baseUrl}/centres/staff/today`);
    await row.waitFor();

    await page.getByRole("link", { name: /Toddler music/ }).click();
    await page.getByRole("heading", { name: "Register: Toddler music" }).waitFor();
    // The carer's first name only: enough to greet them at the door.
    await page.getByRole("cell", { name: "Priya", exact: true }).waitFor();
    expect(await page.getByText("Shah").count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole("button", { name: /^Attended\W+Amira/ }).click();
    await page.getByRole("button", { name: /^Did not attend\W+Amira/ }).waitFor();
    await page.getByRole("row", { name: /Amira/ }).getByText("Attended", { exact: true }).waitFor();
    const marks = await platform.db.db
      .select()
      .from(schema.sessionAttendances)
      .where(and(eq(schema.sessionAttendances.sessionId, sessionId), eq(schema.sessionAttendances.status, "attended")));
    expect(marks).toHaveLength(1);
    await expectAccessible(page);

    // A walk-in with a missing answer keeps what was typed and says what to fix beside the field.
    await page.getByLabel("Parent or carer’s full name").fill("Tom Reid");
    await page.getByRole("button", { name: "Register and mark as attended" }).click();
    await page.getByText("Enter the child’s first name").first().waitFor();
    expect(await page.getByLabel("Parent or carer’s full name").inputValue()).toBe("Tom Reid");
    await expectAccessible(page);

    await page.getByLabel("Postcode").fill("OX4 6JZ");
    await page.getByLabel("Child’s first name").fill("Rosa");
    await page.getByLabel("Day").fill("4");
    await page.getByLabel("Month").fill("2");
    await page.getByLabel("Year").fill("2023");
    await page.getByRole("button", { name: "Register and mark as attended" }).click();
    await page.getByText("Rosa is registered and marked as attended").waitFor();
    await page.getByRole("listitem").filter({ hasText: "Rosa" }).waitFor();
    const walkIns = await platform.db.db
      .select()
      .from(schema.sessionAttendances)
      .where(and(eq(schema.sessionAttendances.sessionId, sessionId), eq(schema.sessionAttendances.walkIn, true)));
    expect(walkIns).toHaveLength(1);
    await expectAccessible(page);
  });

  it("create a session (errors beside the fields), cancel it with a reason, and download reach figures", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/staff/sessions/new`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Create a session" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Title").fill("Baby yoga");
    await page.getByRole("button", { name: "Save session" }).click();
    await page.getByText("There is a problem").waitFor();
    await page.getByText("Choose the type of session").first().waitFor();
    expect(await page.getByLabel("Title").inputValue()).toBe("Baby yoga");
    await expectAccessible(page);

    const [year, month, day] = dayAfter(dayAfter(londonToday())).split("-");
    await page.getByLabel("Type of session").selectOption({ index: 1 });
    await page.getByLabel("Day").fill(String(Number(day)));
    await page.getByLabel("Month").fill(String(Number(month)));
    await page.getByLabel("Year").fill(year!);
    await page.getByLabel("Start time").fill("10:00");
    await page.getByLabel("End time").fill("11:00");
    await page.getByLabel("Places").fill("8");
    await page.getByRole("button", { name: "Save session" }).click();
    await page.getByText("Baby yoga is saved and open for booking").waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: /^Change Baby yoga/ }).click();
    await page.getByRole("heading", { name: "Change Baby yoga" }).waitFor();
    await page.getByLabel("Places").fill("0");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("A session needs at least 1 place").first().waitFor();
    await expectAccessible(page);
    await page.getByLabel("Places").fill("10");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Baby yoga is changed").waitFor();
    await page
      .getByRole("row", { name: /Baby yoga/ })
      .filter({ hasText: "0 of 10" })
      .waitFor();

    await page.getByRole("link", { name: /^Cancel Baby yoga/ }).click();
    await page.getByRole("heading", { name: "Cancel Baby yoga" }).waitFor();
    await page.getByRole("button", { name: "Cancel and tell families" }).click();
    await page.getByText("Say why it is cancelled: families will be told").first().waitFor();
    await expectAccessible(page);
    await page.getByLabel("Reason").fill("The room is flooded");
    await page.getByRole("button", { name: "Cancel and tell families" }).click();
    await page.getByRole("heading", { name: "Cancelled" }).waitFor();
    const [cancelled] = await platform.db.db.select().from(schema.openAccessSessions).where(eq(schema.openAccessSessions.title, "Baby yoga"));
    expect(cancelled?.status).toBe("cancelled");

    await page.goto(`${platform.baseUrl}/centres/staff/reach`);
    await page.getByRole("table", { name: /Reach figures for Blackbird Leys/ }).waitFor();
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^reach-blackbird-leys.*\.csv$/);
    expect(await readFile(await download.path(), "utf8")).toMatch(/^Centre,Month,Families registered/);
  });

  it("create a weekly series and change every session in it", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/staff/sessions/new-series`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Create a weekly series" }).waitFor();
    const inDays = (n: number) => Array.from({ length: n }).reduce<string>((date) => dayAfter(date), londonToday());
    const fillDate = async (name: string, iso: string) => {
      const [year, month, day] = iso.split("-");
      await page.locator(`#${name}`).fill(String(Number(day)));
      await page.locator(`#${name}-month`).fill(String(Number(month)));
      await page.locator(`#${name}-year`).fill(year!);
    };
    await page.getByLabel("Type of session").selectOption({ index: 1 });
    await page.getByLabel("Title").fill("Rhyme time");
    await fillDate("firstDate", inDays(7));
    await fillDate("lastDate", inDays(21));
    await page.getByLabel("Start time").fill("14:00");
    await page.getByLabel("End time").fill("13:00");
    await page.getByLabel("Places").fill("6");
    await page.getByRole("button", { name: "Create series" }).click();
    await page.getByText("The end time must be after the start time").first().waitFor();
    await expectAccessible(page);
    await page.getByLabel("End time").fill("15:00");
    await page.getByRole("button", { name: "Create series" }).click();
    await page.getByRole("heading", { name: "Weekly series created" }).waitFor();
    // Three weeks running, fewer if a bank holiday falls in the weeks the test runs in.
    await page.getByText(/[1-3] sessions? (is|are) open for booking/).waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Back to sessions" }).click();
    await page
      .getByRole("link", { name: /^Change Rhyme time/ })
      .first()
      .click();
    await page.getByRole("link", { name: "Change every session in this weekly series instead" }).click();
    await page.getByRole("heading", { name: "Change the weekly series Rhyme time" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Title").fill("Rhyme and sign");
    await page.getByRole("button", { name: "Save changes to the series" }).click();
    await page.getByText(/[1-3] sessions? in the series (is|are) changed/).waitFor();
    await page
      .getByRole("row", { name: /Rhyme and sign/ })
      .first()
      .waitFor();
    expect(await page.getByRole("row", { name: /Rhyme time/ }).count()).toBe(0);
  });

  it("let a centre manager choose among their area's centres", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/staff/today`);
    await signIn(page, "centre.manager@hearth.test", DEMO_PASSWORD);
    const centre = page.getByLabel("Centre");
    await centre.waitFor();
    const names = await centre.locator("option").allTextContents();
    expect(names.some((name) => name.startsWith("Banbury"))).toBe(true);
    expect(names.some((name) => name.startsWith("Blackbird Leys"))).toBe(false);
    await centre.selectOption({ label: names.find((name) => !name.startsWith("Banbury"))! });
    await page
      .getByText(/There are no sessions at|Sessions at/)
      .first()
      .waitFor();
    await expectAccessible(page);
  });
});
