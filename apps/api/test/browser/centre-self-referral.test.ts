import { DEMO_PASSWORD, insertProgramme, insertProgrammeRun, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { call, expectAccessible, signIn, staffByEmail, usePlatform } from "./harness";

/**
 * Issue 13 §2 in a real browser: centre staff find a family who asked at the centre, choose an open
 * run and record the self-referral with consent; the errors sit beside their fields, the success
 * says a place was offered, and the referral is stored with the centre as its source. axe throughout.
 */
const platform = usePlatform();
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

describe("a self-referral recorded at a centre, in a real browser", () => {
  it("finds the family, refers a child to an open run with consent and stores the referral", async () => {
    const { db } = platform().db;
    const staff = await staffByEmail(platform(), "centre.staff@hearth.test");
    // Centre staff belong to their centre's area: the run is put on there.
    const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.id, staff.centreId!));
    const page = await platform().newPage();
    await page.goto(`${platform().baseUrl}/centres/staff`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Refer a family to a group programme" }).first().waitFor();

    const made = await call<{ person: { id: string } }>(page, "people.create", {
      firstName: "Sola",
      lastName: "Selfref",
      dateOfBirth: "2021-05-05",
      postcode: "OX4 6JZ",
    });
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Selfref household",
      postcode: "OX4 6JZ",
      members: [{ personId: made.person.id, role: "child" }],
    });
    const programme = await insertProgramme(db, {
      name: "Browser Baby Steps",
      category: "parenting",
      evidenceRating: "3",
      childAgeFrom: 0,
      childAgeTo: 8,
      levelsOfNeed: [2],
      numberOfSessions: 1,
      completionShare: 1,
      outcomeMeasures: [],
    });
    const run = await insertProgrammeRun(db, {
      run: {
        programmeId: programme!.id,
        venue: { name: "Leys family room", postcode: "OX4 6JZ" },
        schedule: { weekday: "monday", startTime: "09:30", endTime: "11:00", startsOn: inAWeek() },
        facilitators: [{ name: "Mo Hughes" }],
        capacity: 4,
      },
      areaId: centre!.areaId,
      sessionDates: [inAWeek()],
    });

    await page.getByRole("link", { name: "Refer a family to a group programme" }).first().click();
    await page.getByRole("heading", { name: "Refer a family to a group programme" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Find the family").fill("Selfref");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("group", { name: "Choose the family" }).getByLabel("Selfref household").check();
    await page.getByRole("heading", { name: "Referral for Selfref household" }).waitFor();

    // Nothing answered: each error is said beside its field.
    await page.getByRole("button", { name: "Refer" }).click();
    await page.locator("#runId-error").getByText("Choose a run").waitFor();
    await expect(page.locator("#consent-error").textContent()).resolves.toContain("Record the family’s consent");
    await expectAccessible(page);

    await page.getByLabel("Programme run").selectOption(run.id);
    await page.getByRole("group", { name: "Who is the place for?" }).getByLabel("Sola Selfref").check();
    await page.getByRole("group", { name: "Has the family agreed to the referral?" }).getByLabel("Yes").check();
    await page.getByLabel("Who gave consent?").fill("Mother, at the centre");
    const [y, m, d] = new Date().toISOString().slice(0, 10).split("-");
    const when = page.getByRole("group", { name: "When was consent given?" });
    await when.getByLabel("Day").fill(String(Number(d)));
    await when.getByLabel("Month").fill(String(Number(m)));
    await when.getByLabel("Year").fill(y!);
    await page.getByLabel("Parent or carer to contact").fill("Ada Selfref");
    await page.getByLabel("Mobile").fill("07700 900123");
    await page.getByRole("group", { name: "How should the family hear from us?" }).getByLabel("Text message").check();
    await page.getByRole("button", { name: "Refer" }).click();
    await page.getByText("A place has been offered; the family will be told.").waitFor();
    await expectAccessible(page);

    const stored = await db.select().from(schema.programmeReferrals).where(eq(schema.programmeReferrals.runId, run.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      familyId: family.id,
      personId: made.person.id,
      source: "self",
      sourceId: staff.centreId,
      consentGiven: true,
      status: "offered",
    });
  }, 120_000);
});
