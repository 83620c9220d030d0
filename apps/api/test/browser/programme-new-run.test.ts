import { insertFssCase, insertProgramme, schema, DEMO_PASSWORD } from "@hearth/db";
import { eq } from "drizzle-orm";
import { describe, it } from "vitest";
import { areaIdOf, call, expectAccessible, signIn, usePlatform } from "./harness";

/**
 * Issue 13 in a real browser: an FSS manager puts a run on from the programmes page (a venue, a
 * weekly schedule, facilitators and a capacity), is told beside each box what is missing, and
 * lands on the new run's page; then refers a child on an FSS case to it, consent recorded, and is
 * told a place is offered. axe on every page.
 */
const platform = usePlatform();
const inTwoWeeks = () => {
  const d = new Date(Date.now() + 14 * 86_400_000);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
};

describe("putting a programme run on in a real browser", () => {
  it("refuses a half-filled run beside its boxes, then puts the run on", async () => {
    const { db } = platform().db;
    await insertProgramme(db, {
      name: "Browser Triple P",
      category: "parenting",
      evidenceRating: "4",
      childAgeFrom: 2,
      childAgeTo: 12,
      levelsOfNeed: [2, 3],
      numberOfSessions: 8,
      completionShare: 0.75,
      outcomeMeasures: ["sdq"],
    });
    const page = await platform().newPage();
    await page.goto(`${platform().baseUrl}/fss/`);
    await signIn(page, "fss.manager@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Programmes" }).first().click();
    await page.getByRole("link", { name: "Put a run on" }).click();
    await page.getByRole("heading", { name: "Put a programme run on" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Put the run on" }).click();
    await page.getByRole("link", { name: "Choose a day of the week" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Programme").selectOption({ label: "Browser Triple P" });
    await page.getByRole("group", { name: "Where is the run?" }).getByLabel("Somewhere else (an outreach venue)").check();
    await page.getByLabel("Venue", { exact: true }).fill("Rose Hill Community Centre");
    await page.getByLabel("Venue’s postcode").fill("OX4 4HF");
    await page.getByLabel("Day of the week").selectOption({ label: "Tuesday" });
    await page.getByLabel("Starts at").fill("09:30");
    await page.getByLabel("Ends at").fill("11:30");
    const first = page.getByRole("group", { name: "Date of the first session" });
    const { day, month, year } = inTwoWeeks();
    await first.getByLabel("Day").fill(day);
    await first.getByLabel("Month").fill(month);
    await first.getByLabel("Year").fill(year);
    await page.getByLabel("Families it takes").fill("10");
    await page.getByLabel("Facilitator", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Partner facilitator (optional)").fill("Asha Patel");
    await page.getByLabel("Partner facilitator’s organisation").fill("Health visiting");
    await page.getByRole("button", { name: "Put the run on" }).click();
    await page.getByRole("heading", { name: "Browser Triple P" }).waitFor();
    await expectAccessible(page);

    const made = await call<{ person: { id: string } }>(page, "people.create", {
      firstName: "Rae",
      lastName: "Referral",
      dateOfBirth: "2021-05-05",
      postcode: "OX4 2HN",
    });
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Referral household",
      postcode: "OX4 2HN",
      members: [{ personId: made.person.id, role: "child" }],
    });
    const [manager] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "fss.manager@hearth.test"));
    const fssCase = await insertFssCase(db, {
      familyId: family.id,
      areaId: await areaIdOf(platform(), "central"),
      keyWorkerId: manager!.id,
      reason: "Parenting support",
      openedOn: "2026-01-05",
      openedBy: manager!.id,
      children: [{ personId: made.person.id, category: "child_in_need" }],
    });
    await page.goto(`${platform().baseUrl}/fss/cases/${fssCase.id}`);
    await page.getByRole("link", { name: "Refer to a group programme" }).click();
    await page.getByRole("heading", { name: "Refer to a group programme" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Refer", exact: true }).click();
    await page.getByRole("link", { name: "Choose a run" }).waitFor();
    await page.getByLabel("Programme run").selectOption({ index: 1 });
    await page.getByLabel("Rae Referral").check();
    await page.getByRole("group", { name: "Has the family agreed to the referral?" }).getByLabel("Yes").check();
    await page.getByLabel("Who gave consent?").fill("Sam Referral, mother");
    const consent = page.getByRole("group", { name: "When was consent given?" });
    await consent.getByLabel("Day").fill("5");
    await consent.getByLabel("Month").fill("1");
    await consent.getByLabel("Year").fill("2026");
    await page.getByLabel("Parent or carer to contact").fill("Sam Referral");
    await page.getByLabel("Mobile").fill("07700 900123");
    await page.getByLabel("Text message").check();
    await page.getByRole("button", { name: "Refer", exact: true }).click();
    await page.getByText("A place has been offered; the family will be told.").waitFor();
    await expectAccessible(page);
  });
});
