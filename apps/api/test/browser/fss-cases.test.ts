import { DEMO_PASSWORD, insertFssCase, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/** Today in London as YYYY-MM-DD (the browser and the API both read dates in London time). */
const londonDateOf = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(instant);

/** Issue 12 §2 in the FSS casework app: a worker finds a case on their caseload and records a visit. */
let platform: Platform;
let caseId: string;
beforeAll(async () => {
  platform = await startPlatform();
  const db = platform.db.db;
  const [south] = await db.select().from(schema.areas).where(eq(schema.areas.code, "south"));
  const [worker] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "fss.worker@hearth.test"));
  const children = await db
    .insert(schema.people)
    .values([
      { firstName: "Ann", lastName: "Visit", dateOfBirth: "2015-02-03", areaId: south!.id },
      { firstName: "Bo", lastName: "Visit", dateOfBirth: "2023-06-07", areaId: south!.id },
    ])
    .returning();
  const [family] = await db.insert(schema.families).values({ name: "Visit household", areaId: south!.id }).returning();
  await db.insert(schema.familyMembers).values(children.map((c) => ({ familyId: family!.id, personId: c.id, role: "child" as const })));
  caseId = (
    await insertFssCase(db, {
      familyId: family!.id,
      areaId: south!.id,
      keyWorkerId: worker!.id,
      reason: "Child protection plan after a strategy meeting",
      openedOn: londonDateOf(new Date()),
      openedBy: worker!.id,
      children: [
        { personId: children[0]!.id, category: "child_protection_plan" },
        { personId: children[1]!.id, category: "child_in_need" },
      ],
    })
  ).id;
});
afterAll(() => platform?.close());

describe("FSS case work, in a real browser", () => {
  it("finds the case on my caseload and records a visit, with messages beside the fields", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/fss/cases`);
    await signIn(page, "fss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "My caseload" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Visit household" }).click();
    await page.getByRole("heading", { name: "Record a visit or case note" }).waitFor();
    expect(await page.getByRole("table", { name: "Children" }).textContent()).toContain("Not yet seen");
    await expectAccessible(page);

    // Refused: nothing chosen, and a child seen but not alone without a reason.
    await page.getByRole("group", { name: "Was Ann Visit seen?" }).getByLabel("Yes").check();
    await page.getByRole("group", { name: "Was Ann Visit seen alone?" }).getByLabel("No").check();
    await page.getByRole("button", { name: "Record visit" }).click();
    await page.getByRole("link", { name: "Choose the kind of contact" }).waitFor();
    await page.getByRole("link", { name: "Say why the child was not seen alone" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Home visit").check();
    const today = londonDateOf(new Date()).split("-");
    const when = page.getByRole("group", { name: "Date", exact: true });
    await when.getByLabel("Day").fill(String(Number(today[2])));
    await when.getByLabel("Month").fill(String(Number(today[1])));
    await when.getByLabel("Year").fill(today[0]!);
    await page.getByLabel("Time").fill("00:00");
    await page.getByLabel("Who was seen?").fill("Mum, Ann and Bo");
    await page.getByLabel("Why was Ann Visit not seen alone?").fill("Ann asked for mum to stay");
    await page.getByRole("group", { name: "Was Bo Visit seen?" }).getByLabel("Yes").check();
    await page.getByRole("group", { name: "Was Bo Visit seen alone?" }).getByLabel("No").check();
    await page.getByLabel("Why was Bo Visit not seen alone?").fill("Bo is a toddler");
    await page.getByLabel("What happened?").fill("Home visit. Both children were well.");
    await page.getByRole("button", { name: "Record visit" }).click();

    await page.getByRole("heading", { name: /Home visit, / }).waitFor();
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Seen, not alone: Ann asked for mum to stay");
    expect(main).not.toContain("Not yet seen");
    await expectAccessible(page);
    const visits = await platform.db.db.select().from(schema.caseVisits).where(eq(schema.caseVisits.caseId, caseId));
    expect(visits).toHaveLength(1);
  });
});
