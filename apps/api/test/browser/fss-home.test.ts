import { describe, expect, it } from "vitest";
import { expectAccessible, signInAt, usePlatform } from "./harness";

/**
 * The FSS home (issue 12) in a real browser: a worker sees their cases at a glance, each chart with
 * its table; a manager also sees the area's intake waiting and the team's workload, whose link
 * opens the workload page. axe on each.
 */
const platform = usePlatform();

describe("the FSS home in a real browser", () => {
  it("shows a worker their figures", async () => {
    const page = await platform().newPage();
    await signInAt(page, platform(), "/fss/", "fss.worker@hearth.test");
    await page.getByRole("heading", { level: 2, name: "Your cases at a glance" }).waitFor();
    await page.getByRole("table", { name: "Visits to children on your cases" }).waitFor();
    await page.getByRole("img", { name: /^Case plan reviews on your cases:/ }).waitFor();
    expect(await page.getByRole("heading", { name: /team at a glance/ }).count()).toBe(0);
    await expectAccessible(page);
  });

  it("shows a manager the intake and the team's workload", async () => {
    const page = await platform().newPage();
    await signInAt(page, platform(), "/fss/", "fss.manager@hearth.test");
    await page.getByRole("heading", { level: 2, name: /team at a glance/ }).waitFor();
    await page.getByRole("link", { name: /^Requests waiting for the allocation meeting: \d+$/ }).waitFor();
    await page.getByRole("table", { name: "The team's workload" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: /^Visits overdue across the team: \d+$/ }).click();
    await page.waitForURL(/\/fss\/team-workload$/);
    await expectAccessible(page);
  });
});
