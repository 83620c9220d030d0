import { DEMO_PASSWORD, insertRequestForService, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/** Today in London as YYYY-MM-DD (the browser and the API both read dates in London time). */
const londonDateOf = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(instant);

/**
 * Issue 12 §1 and §2 in the FSS casework app: the Central manager records the allocation meeting,
 * allocates a waiting request to a key worker from the meeting's agenda, then writes the case plan.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
  const db = platform.db.db;
  const [central] = await db.select().from(schema.areas).where(eq(schema.areas.code, "central"));
  const [requester] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker")).limit(1);
  const [child] = await db
    .insert(schema.people)
    .values({ firstName: "Cal", lastName: "Agenda", dateOfBirth: "2016-02-03", areaId: central!.id })
    .returning();
  const [family] = await db.insert(schema.families).values({ name: "Agenda household", areaId: central!.id }).returning();
  await db.insert(schema.familyMembers).values({ familyId: family!.id, personId: child!.id, role: "child" });
  await insertRequestForService(db, {
    areaId: central!.id,
    familyId: family!.id,
    level: 3,
    reasons: "Needs exceed early help",
    triedSoFar: "A TAF since September",
    consentGivenBy: "Mother",
    consentGivenOn: londonDateOf(new Date()),
    requestedBy: requester!.id,
    requestedAt: new Date(),
  });
});
afterAll(() => platform?.close());

const fillDate = async (page: Awaited<ReturnType<Platform["newPage"]>>, legend: string, iso: string) => {
  const [year, month, day] = iso.split("-");
  const group = page.getByRole("group", { name: legend, exact: true });
  await group.getByLabel("Day").fill(String(Number(day)));
  await group.getByLabel("Month").fill(String(Number(month)));
  await group.getByLabel("Year").fill(year!);
};

describe("the allocation meeting and the case plan, in a real browser", () => {
  it("records a meeting, allocates a request from its agenda and writes the plan", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/fss/allocation-meetings`);
    await signIn(page, "fss.manager@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Allocation meetings" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Record a meeting" }).click();
    await page.getByRole("heading", { name: "Record an allocation meeting" }).waitFor();
    // Refused: no staff chosen; the message sits beside the boxes.
    await fillDate(page, "Date of the meeting", londonDateOf(new Date()));
    await page.getByRole("button", { name: "Record meeting" }).click();
    await page.getByRole("link", { name: "Choose at least one member of FSS staff who attends" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Mo Hughes").check();
    await page.getByLabel("Partner 1: name").fill("Pat Health");
    await page.getByLabel("Partner 1: agency").fill("Health visiting");
    await page.getByRole("button", { name: "Record meeting" }).click();

    await page.getByRole("heading", { name: "Waiting for a decision" }).waitFor();
    expect(await page.locator("main").textContent()).toContain("Pat Health (Health visiting)");
    await expectAccessible(page);
    const agenda = page.getByRole("table", { name: "Requests waiting for a decision" });
    await agenda
      .getByRole("row", { name: /Agenda household/ })
      .getByRole("link", { name: /Decide/ })
      .click();

    await page.getByRole("heading", { name: "Decide this request" }).waitFor();
    await page.getByLabel("Accepted").check();
    // Each possible key worker is shown with their current caseload.
    await page
      .getByText(/open cases?$/)
      .first()
      .waitFor();
    await expectAccessible(page);
    await page.getByRole("group", { name: "Key worker" }).getByLabel("Mo Hughes").check();
    await page.getByLabel("Cal Agenda").check();
    await page.getByLabel("Child in need").check();
    await page.getByRole("button", { name: "Record decision" }).click();

    await page.getByRole("table", { name: "Requests decided at this meeting" }).getByText("Agenda household").waitFor();
    const [decided] = await platform.db.db.select().from(schema.requestsForService).where(eq(schema.requestsForService.status, "accepted"));
    expect(decided?.allocationMeetingId).toBeTruthy();
    const [fssCase] = await platform.db.db.select().from(schema.fssCases).where(eq(schema.fssCases.familyId, decided!.familyId));

    await page.goto(`${platform.baseUrl}/fss/cases/${fssCase!.id}`);
    await page.getByRole("heading", { name: "The plan" }).waitFor();
    await page.getByRole("textbox", { name: "Outcome" }).fill("Cal is in school every day");
    await page.getByRole("button", { name: "Add outcome" }).click();
    await page.getByRole("heading", { name: /Outcome 1: Cal is in school every day/ }).waitFor();
    await page.getByRole("textbox", { name: "Action" }).fill("Morning routine chart");
    await page.getByLabel("Who will do it").fill("Mother");
    await fillDate(page, "Due by", londonDateOf(new Date(Date.now() + 14 * 86_400_000)));
    await page.getByRole("button", { name: "Add action" }).click();
    await page.getByRole("table", { name: "Actions for outcome 1" }).getByText("Morning routine chart").waitFor();
    await expectAccessible(page);
    // The case page holds several forms (visit, outcome, action, review, oversight, reallocation,
    // closure); a box's id is its name, so a repeated name would tie one form's label to another's box.
    const ids = await page.locator("main [id]").evaluateAll((elements) => elements.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(await platform.db.db.$count(schema.casePlanActions)).toBe(1);
  });
});
