import { readFile } from "node:fs/promises";
import { schema } from "@hearth/db";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, signInAt, staffByEmail, usePlatform } from "./harness";

/**
 * Issue 14 §2 in the browser: an EET officer opens the chase list, filters it to an area, opens a
 * young person not known, records their activity (a wrong answer first, refused beside its field)
 * and sees it at the top of their history. axe on every page.
 */
const platform = usePlatform();

// Today in London, without the domain package this app's tests do not import.
const londonToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());

async function fillDate(group: Locator, iso: string) {
  const [year, month, day] = iso.split("-");
  await group.getByLabel("Day").fill(String(Number(day)));
  await group.getByLabel("Month").fill(String(Number(month)));
  await group.getByLabel("Year").fill(year!);
}

describe("NEET tracking, in a real browser", () => {
  it("takes an EET officer from the chase list to a young person and records their activity", { timeout: 120_000 }, async () => {
    const db = platform().db.db;
    const today = londonToday();
    // The academic year began on 1 September; born in January sixteen years before, the young
    // person is of academic age 16 and has been 16 since before the activity starts.
    const yearStart = Number(today.slice(0, 4)) - (today.slice(5) < "09-01" ? 1 : 0);
    const [area] = await db.insert(schema.areas).values({ code: "neet-browser", name: "Area Chase", office: "Town Hall" }).returning();
    await db.insert(schema.people).values({ firstName: "Nia", lastName: "Chaseley", dateOfBirth: `${yearStart - 16}-01-15`, areaId: area!.id });

    const page = await platform().newPage();
    await signInAt(page, platform(), "/fss/", "eet.officer@hearth.test");
    await page.getByRole("link", { name: "NEET tracking" }).first().click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Young people not known");
    await page.getByLabel("Area").selectOption({ label: "Area Chase" });
    await page.getByRole("button", { name: "Show this area" }).click();
    await page.getByRole("link", { name: "Nia Chaseley" }).waitFor();
    await expect.poll(() => page.getByRole("table").getByRole("row").count()).toBe(2);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Nia Chaseley" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Nia Chaseley");
    await expect.poll(() => page.locator(".govuk-summary-list").textContent()).toContain("Academic age16");
    await expect.poll(() => page.locator(".govuk-summary-list").textContent()).toContain("Current statusNot known");
    await page.getByText("No activity has been recorded.").waitFor();
    await expectAccessible(page);

    // Confirmed before it started: refused beside the date confirmed.
    await page.getByLabel("Activity", { exact: true }).selectOption("230");
    await fillDate(page.getByRole("group", { name: "Start date" }), `${yearStart}-09-01`);
    await fillDate(page.getByRole("group", { name: "Date confirmed" }), `${yearStart}-08-01`);
    await page.getByLabel("Who told you").selectOption({ label: "College or training provider" });
    await page.getByRole("button", { name: "Record the activity" }).click();
    const confirmedError = page.getByRole("group", { name: /Date confirmed/ }).locator(".govuk-error-message");
    await expect.poll(() => confirmedError.textContent()).toContain("cannot be before the activity started");
    await expectAccessible(page);

    await fillDate(page.getByRole("group", { name: /Date confirmed/ }), today);
    await page.getByRole("button", { name: "Record the activity" }).click();
    const newest = page.getByRole("table").getByRole("row").nth(1);
    await expect.poll(() => newest.textContent()).toContain("230 Further education");
    expect(await newest.textContent()).toContain(`1 September ${yearStart}`);
    expect(await newest.textContent()).toContain("College or training provider");
    await expect.poll(() => page.locator(".govuk-summary-list").textContent()).toContain("Current statusEducation");
    await expectAccessible(page);
  });

  it("shows the NEET figures by area with a chart and table, and downloads them as CSV", { timeout: 60_000 }, async () => {
    const page = await platform().newPage();
    await signInAt(page, platform(), "/fss/", "eet.officer@hearth.test");
    await page.getByRole("link", { name: "NEET tracking" }).first().click();
    await page.getByRole("link", { name: "NEET figures" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("NEET figures");
    await page.getByRole("img", { name: /NEET share of the cohort/ }).waitFor();
    await page.getByRole("table", { name: /NEET and not known, by month and area/ }).waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the figures (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^neet-figures-\d{4}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.split("\r\n")[0]).toBe("Month,Area,Cohort,NEET,NEET %,Not known,Not known %");
  });

  it("links a young person gone not known from the officer's My work to their NEET record", { timeout: 60_000 }, async () => {
    const db = platform().db.db;
    const officer = await staffByEmail(platform(), "eet.officer@hearth.test");
    const today = londonToday();
    const yearStart = Number(today.slice(0, 4)) - (today.slice(5) < "09-01" ? 1 : 0);
    // Looking for work, last confirmed 200 days ago: well past its three months, so not known now.
    const confirmed = new Date(Date.parse(today) - 200 * 86_400_000).toISOString().slice(0, 10);
    const [area] = await db.insert(schema.areas).values({ code: "neet-stale", name: "Area Stale", office: "Town Hall" }).returning();
    const [person] = await db
      .insert(schema.people)
      .values({ firstName: "Sol", lastName: "Stalewood", dateOfBirth: `${yearStart - 16}-01-15`, areaId: area!.id })
      .returning();
    await db.insert(schema.neetActivities).values({
      personId: person!.id,
      activityCode: "619",
      startDate: confirmed,
      lastConfirmedOn: confirmed,
      source: "young_person",
      recordedBy: officer.id,
      recordedAt: new Date(`${confirmed}T12:00:00Z`),
    });

    const page = await platform().newPage();
    await signInAt(page, platform(), "/fss/", "eet.officer@hearth.test");
    await page.getByRole("link", { name: "Find out what Sol Stalewood is doing now" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Sol Stalewood");
    await expect.poll(() => page.locator(".govuk-summary-list").textContent()).toContain("Current statusNot known");
  });
});
