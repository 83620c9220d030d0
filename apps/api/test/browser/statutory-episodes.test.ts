import { insertFssCase, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { areaIdOf, expectAccessible, signInAt, staffByEmail, usePlatform } from "./harness";

/**
 * Issue 12 §3 in the FSS casework app: from the case, a worker records a child's CIN referral and
 * an assessment, sees the census problem the unfinished assessment leaves beside its field, and
 * is refused a plan that starts before the referral, beside the date.
 */
const platform = usePlatform();

async function fillDate(page: Page, legend: string, iso: string) {
  const [y, m, d] = iso.split("-");
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(Number(d)));
  await group.getByLabel("Month").fill(String(Number(m)));
  await group.getByLabel("Year").fill(y!);
}

/** A date in the census year the test runs in, `monthsIn` months after it began on 1 April. */
function inCensusYear(monthsIn: number, day: number) {
  const now = new Date();
  const startYear = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const month = 3 + monthsIn;
  return `${startYear + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("statutory episodes, in a real browser", () => {
  it("records a referral and an assessment and shows the census problem beside its field", async () => {
    const db = platform().db.db;
    const south = await areaIdOf(platform(), "south");
    const worker = await staffByEmail(platform(), "fss.worker@hearth.test");
    const [child] = await db
      .insert(schema.people)
      .values({
        firstName: "Cara",
        lastName: "Census",
        dateOfBirth: "2015-02-03",
        areaId: south,
        sex: "F",
        ethnicity: "WBRI",
        disabilities: ["NONE"],
      })
      .returning();
    const [family] = await db.insert(schema.families).values({ name: "Census household", areaId: south }).returning();
    await db.insert(schema.familyMembers).values({ familyId: family!.id, personId: child!.id, role: "child" });
    const caseId = (
      await insertFssCase(db, {
        familyId: family!.id,
        areaId: south,
        keyWorkerId: worker.id,
        reason: "Section 47 enquiry",
        openedOn: inCensusYear(0, 1),
        openedBy: worker.id,
        children: [{ personId: child!.id, category: "child_in_need" }],
      })
    ).id;
    // Within the first months of the census year, so the assessment is long overdue by its end.
    const referralDate = inCensusYear(0, 6);
    const assessmentStart = inCensusYear(0, 7);

    const page = await platform().newPage();
    await signInAt(page, platform(), `/fss/cases/${caseId}`, "fss.worker@hearth.test");
    await page.getByRole("link", { name: "Episodes for Cara Census" }).click();
    await page.getByRole("heading", { name: "Cara Census" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Record a CIN referral" }).click();
    await page.getByRole("heading", { name: "Record a CIN referral" }).waitFor();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("link", { name: "Choose where the referral came from" }).waitFor();
    await expectAccessible(page);
    await fillDate(page, "Referral date", referralDate);
    await page.getByLabel("Where did the referral come from?").selectOption({ label: "Schools" });
    await page.getByLabel("Yes, it led to further action").check();
    await page.getByLabel("Primary need").selectOption({ label: "Abuse or neglect" });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { name: /Episode 1: referred/ }).waitFor();
    // The first referral gave the child their census LA child ID, shown with their details.
    const [stored] = await db.select({ laChildId: schema.people.laChildId }).from(schema.people).where(eq(schema.people.id, child!.id));
    expect(stored!.laChildId).toMatch(/^[A-Z0-9]{20}$/);
    const laChildIdRow = page.locator(".govuk-summary-list__row", { has: page.getByText("LA child ID", { exact: true }) });
    expect(await laChildIdRow.textContent()).toContain(stored!.laChildId);
    // The child's own record lacks a UPN: shown beside it with its rule, in plain English, and put
    // right on the same page by saying why it is not known.
    const upnRow = page.locator(".govuk-summary-list__row", { has: page.getByText("UPN", { exact: true }) });
    expect(await upnRow.textContent()).toContain("rule 8770Q");
    await page.getByRole("link", { name: "Change the child’s census details" }).click();
    await page.getByRole("heading", { name: "Change the child’s census details" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Why the UPN is not known").selectOption({ label: "Child has never attended a school in England" });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("The child’s census details saved").waitFor();
    await expect.poll(() => upnRow.textContent()).not.toContain("rule 8770Q");
    expect(await db.select({ reason: schema.people.upnUnknownReason }).from(schema.people).where(eq(schema.people.id, child!.id))).toEqual([
      { reason: "UN2" },
    ]);

    await page.getByRole("link", { name: "Record an assessment to episode 1" }).click();
    await page.getByRole("heading", { name: "Record an assessment" }).waitFor();
    await fillDate(page, "Date the assessment started", assessmentStart);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Assessment saved").waitFor();
    const authorised = page.locator(".govuk-summary-list__row", { has: page.getByText("Authorised", { exact: true }) });
    await expect.poll(() => authorised.textContent()).toContain("rule 8670Q");
    await expectAccessible(page);

    // Refused: a plan cannot start before the referral. The message sits beside the date, and nothing is kept.
    await page.getByRole("link", { name: "Record a child in need plan to episode 1" }).click();
    await fillDate(page, "Date the plan started", inCensusYear(0, 2));
    await page.getByRole("button", { name: "Save" }).click();
    const refusal = page.locator(".govuk-form-group--error", { hasText: "Date the plan started" });
    await expect.poll(() => refusal.textContent()).toContain("census rule 4015");
    await expectAccessible(page);
    expect(await db.select().from(schema.cinPlans)).toEqual([]);

    // The census readiness list names the child, with the problem, and leads back to fix it.
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Census readiness" }).click();
    const list = page.getByRole("table", { name: /with census problems/ });
    await list.waitFor();
    expect(await list.textContent()).toContain("rule 8670Q");
    await expectAccessible(page);
    await list.getByRole("link", { name: /Cara Census/ }).click();
    await page.getByRole("heading", { name: "Cara Census" }).waitFor();
  });
});
