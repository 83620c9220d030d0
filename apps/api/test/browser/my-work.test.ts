import { DEMO_PASSWORD, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

// Today in London, and days either side, without the domain package this app's tests do not import.
const londonToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** Issue 10 §4: the staff home page lists what is due, overdue in red and in words, with filters. */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
  const db = platform.db.db;
  const [senior] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "lcss.senior@hearth.test"));
  const [worker] = await db
    .insert(schema.staffUsers)
    .values({ email: "team.member@hearth.test", displayName: "Tia Member", role: "lcss_worker", areaId: senior!.areaId })
    .returning();
  const today = londonToday();
  const work = [
    ["Ashdown household", senior!.id, addDays(today, -3)],
    ["Birch household", senior!.id, addDays(today, 5)],
    ["Cedar household", worker!.id, addDays(today, 1)],
  ] as const;
  for (const [name, lead, dueOn] of work) {
    const [family] = await db.insert(schema.families).values({ name, areaId: senior!.areaId! }).returning();
    await db
      .insert(schema.earlyHelpAssessments)
      .values({ familyId: family!.id, leadProfessionalStaffId: lead, startedOn: addDays(today, -30), dueOn });
  }
});
afterAll(() => platform?.close());

describe("my work on the LCSS home page, in a real browser", () => {
  it("lists my tasks with an overdue badge, filters by status, and shows a manager their team", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/`);
    await signIn(page, "lcss.senior@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "My work" }).waitFor();
    const overdue = page.getByRole("row", { name: /Ashdown household/ });
    await overdue.waitFor();
    expect(await overdue.textContent()).toContain("Overdue");
    expect(await overdue.locator(".hearth-overdue").count()).toBe(1);
    expect(await page.getByRole("row", { name: /Birch household/ }).textContent()).toContain("Due");
    expect(await page.getByRole("row", { name: /Cedar household/ }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole("checkbox", { name: "Overdue" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByRole("button", { name: /Remove this filter Overdue/ }).waitFor();
    await page.getByRole("row", { name: /Ashdown household/ }).waitFor();
    expect(await page.getByRole("row", { name: /Birch household/ }).count()).toBe(0);

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("radio", { name: "My team" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByRole("heading", { name: "My team's work" }).waitFor();
    expect(await page.getByRole("row", { name: /Cedar household/ }).textContent()).toContain("Tia Member");
    await expectAccessible(page);
  });
});
