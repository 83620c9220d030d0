import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectAccessible, signInAt, usePlatform } from "./harness";

/**
 * The dashboards (issue 15 §2) in a real browser: an FSS manager opens them from the home page and
 * sees their area's figures, each as a chart with its data table beside it and a CSV, filters the
 * period through the address bar and is told plainly when a period is upside down; the data
 * officer sees the county on a 375 px phone, told that small numbers are suppressed. axe on each.
 */
const platform = usePlatform();

describe("the dashboards in a real browser", () => {
  it("shows an area manager's figures as charts with tables, filtered by period in the address bar", async () => {
    const page = await platform().newPage();
    await signInAt(page, platform(), "/fss/", "fss.manager@hearth.test");
    await page.getByRole("link", { name: "See the dashboards" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboards" }).waitFor();
    await page.getByText(/^Central, /).waitFor();
    await page.getByRole("table", { name: "Consultations by who called" }).waitFor();
    await page.getByRole("img", { name: /^Children in need per 10,000 children:/ }).waitFor();
    await page.getByRole("table", { name: "Children on child protection plans", exact: true }).waitFor();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: /Download the figures \(CSV\).*Consultations by who called$/ }).click();
    const csv = await downloading;
    expect(csv.suggestedFilename()).toMatch(/^consultations-by-source-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync(await csv.path(), "utf8")).toMatch(/^Caller,Consultations\r\nSchool,\d+\r\n/);
    await expectAccessible(page);

    const from = page.getByRole("group", { name: "From" });
    await from.getByLabel("Day").fill("1");
    await from.getByLabel("Month").fill("1");
    await from.getByLabel("Year").fill("2026");
    const to = page.getByRole("group", { name: "To" });
    await to.getByLabel("Day").fill("31");
    await to.getByLabel("Month").fill("3");
    await to.getByLabel("Year").fill("2026");
    await page.getByRole("button", { name: "Show the figures" }).click();
    await page.getByText("Central, 1 January 2026 to 31 March 2026").waitFor();
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: "2026-01-01", to: "2026-03-31" });

    await from.getByLabel("Year").fill("2027");
    await page.getByRole("button", { name: "Show the figures" }).click();
    await page.getByRole("alert").getByText("The end of the period must be on or after its start").waitFor();
    await expectAccessible(page);
  });

  it("shows the data officer the county on a phone, with small numbers suppressed", async () => {
    const page = await platform().newPage({ width: 375, height: 800 });
    await signInAt(page, platform(), "/fss/dashboards", "data.officer@hearth.test");
    await page.getByRole("heading", { level: 1, name: "Dashboards" }).waitFor();
    await page.getByText(/^The whole county, /).waitFor();
    await page.getByText(/shown as “fewer than 5”/).waitFor();
    await page.getByRole("table", { name: "Young people NEET, share of the cohort" }).waitFor();
    await page.getByRole("combobox", { name: "Area" }).waitFor();
    const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrolls).toBe(false);
    await expectAccessible(page);
  });

  it("shows a centre manager their area's dashboards from the centres' staff area", async () => {
    const page = await platform().newPage();
    await signInAt(page, platform(), "/centres/staff", "centre.manager@hearth.test");
    await page.getByRole("main").getByRole("link", { name: "Dashboards" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboards" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/centres/staff/dashboards");
    await page.getByText(/^North, /).waitFor();
    await expectAccessible(page);
  });
});
