import { DEMO_PASSWORD, saveRestriction, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { areaIdOf, expectAccessible, signIn, staffByEmail, usePlatform } from "./harness";

/**
 * Issue 10 §2 in the LCSS portal: merging a duplicate through its review page, naming staff on a
 * restricted record, and opening an out-of-area search result by its handle, with axe on each page.
 */
const platformOf = usePlatform();

const db = () => platformOf().db.db;
const areaId = (code: string) => areaIdOf(platformOf(), code);
const staff = (email: string) => staffByEmail(platformOf(), email);

describe("merging and restricting records in a real browser", () => {
  it("merges a duplicate after showing both records side by side", async () => {
    const north = await areaId("north");
    const [keep, duplicate] = await db()
      .insert(schema.people)
      .values([
        { firstName: "Jayden", lastName: "Merged", dateOfBirth: "2016-07-02", postcode: "OX16 9QA", areaId: north },
        { firstName: "Jaden", lastName: "Merged", dateOfBirth: "2016-07-02", postcode: "OX16 9QA", areaId: north },
      ])
      .returning();
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/people/${keep!.id}`);
    await signIn(page, "admin@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Merge a duplicate record into this one" }).click();
    await page.getByRole("heading", { name: "Merge a duplicate record" }).waitFor();
    await page.getByRole("button", { name: "Review the merge" }).click();
    await page.getByRole("link", { name: "Choose which record to keep" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Jaden Merged").check();
    await page.getByLabel("This record").check();
    await page.getByRole("button", { name: "Review the merge" }).click();
    await page.getByRole("heading", { name: "Check the records before merging" }).waitFor();
    expect(page.url()).not.toContain(duplicate!.id);
    const names = page.getByRole("row").filter({ hasText: "Name" }).first();
    await names.getByText("Jaden Merged").waitFor();
    await names.getByText("Jayden Merged").waitFor();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Merge the records" }).click();
    await page.getByText("A duplicate record was merged into this one").waitFor();
    await page.getByRole("heading", { level: 1, name: "Jayden Merged" }).waitFor();
    // The duplicate's address now leads to the kept record.
    await page.goto(`${platformOf().baseUrl}/lcss/people/${duplicate!.id}`);
    await page.getByRole("heading", { level: 1, name: "Jayden Merged" }).waitFor();
    expect(page.url()).toContain(keep!.id);
  });

  it("lets the manager name and remove staff on a restricted record", async () => {
    const senior = await staff("lcss.senior@hearth.test");
    const worker = await staff("lcss.worker@hearth.test");
    const [person] = await db()
      .insert(schema.people)
      .values({ firstName: "Nia", lastName: "Named", dateOfBirth: "2018-07-09", postcode: "OX4 1AA", areaId: await areaId("central") })
      .returning();
    await saveRestriction(db(), {
      personId: person!.id,
      category: "staff_relative",
      note: null,
      contact: "Central LCSS manager",
      restrictedBy: senior.id,
      restrictedAt: new Date(),
    });
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/people/${person!.id}`);
    await signIn(page, "lcss.senior@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Choose who may open this record" }).click();
    await page.getByRole("heading", { name: "Who may open this record" }).waitFor();
    await page.getByRole("button", { name: "Find staff" }).click();
    await page.getByRole("link", { name: "Enter at least 2 letters of their name or email" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Name or email of the member of staff").fill("lcss.worker");
    await page.getByRole("button", { name: "Find staff" }).click();
    await page.getByRole("button", { name: `Name ${worker.displayName}` }).click();
    await page.getByText(`${worker.displayName} can now open this record`).waitFor();
    await page.getByRole("button", { name: `Remove ${worker.displayName}` }).waitFor();
    await expectAccessible(page);

    await page.getByRole("button", { name: `Remove ${worker.displayName}` }).click();
    await page.getByText(`${worker.displayName} can no longer open this record`).waitFor();
    const named = await db().select().from(schema.personRestrictionAllowedStaff).where(eq(schema.personRestrictionAllowedStaff.personId, person!.id));
    expect(named.map((n) => n.staffId)).toEqual([senior.id]);
  });

  it("opens an out-of-area search result with a reason, without its id in the address", async () => {
    const [person] = await db()
      .insert(schema.people)
      .values({ firstName: "Hana", lastName: "Handle", dateOfBirth: "2018-07-09", postcode: "OX4 1AA", areaId: await areaId("central") })
      .returning();
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/people`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByLabel("Name").fill("Hana Handle");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Open with a reason the record of Hana Handle" }).click();
    await page.getByText("You asked to open the record of Hana Handle, age").waitFor();
    expect(page.url()).toMatch(/\/record-access\/open\/[A-Za-z0-9_-]{22}$/);
    expect(page.url()).not.toContain(person!.id);
    await expectAccessible(page);
    await page.getByLabel("Why do you need to open this record?").fill("Child brought to Banbury A&E, checking safeguarding history");
    await page.getByRole("button", { name: "Open the record" }).click();
    await page.getByRole("heading", { level: 1, name: "Hana Handle" }).waitFor();
  });

  it("lets a data officer, who cannot open records, find duplicates from the navigation, merge them and restrict a record", async () => {
    const central = await areaId("central");
    const [keep, duplicate] = await db()
      .insert(schema.people)
      .values([
        { firstName: "Oskar", lastName: "Officer", dateOfBirth: "2015-01-20", postcode: "OX4 2AA", areaId: central },
        { firstName: "Oscar", lastName: "Officer", dateOfBirth: "2015-01-20", postcode: "OX4 2AA", areaId: central },
      ])
      .returning();
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/fss/`);
    await signIn(page, "data.officer@hearth.test", DEMO_PASSWORD);
    // The person index is not theirs: no "Find a person", but their own way in.
    await page.getByRole("link", { name: "Duplicates and restrictions" }).click();
    expect(await page.getByRole("link", { name: "Find a person" }).count()).toBe(0);
    await page.getByRole("heading", { level: 1, name: "Duplicates and restrictions" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Name").fill("Oskar Officer");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Merge a duplicate into the record of Oskar Officer" }).click();
    await page.getByLabel("Oscar Officer").check();
    await page.getByLabel("This record").check();
    await page.getByRole("button", { name: "Review the merge" }).click();
    await page.getByRole("heading", { name: "Check the records before merging" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Merge the records" }).click();
    await page.getByText("The records were merged").waitFor();
    const [merged] = await db().select().from(schema.people).where(eq(schema.people.id, duplicate!.id));
    expect(merged!.mergedIntoId).toBe(keep!.id);

    await page.getByLabel("Name").fill("Oskar Officer");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Restrict the record of Oskar Officer" }).click();
    await page.getByRole("heading", { name: "Who may open this record" }).waitFor();
    await page.getByText("Restrict this record").click();
    await page.getByLabel("Adoption").check();
    await page.getByLabel("Who should other staff contact?").fill("County data protection officer");
    await page.getByRole("button", { name: "Restrict the record" }).click();
    await page.getByRole("table", { name: "Staff named on this record" }).getByRole("button", { name: "Remove Dana Reid" }).waitFor();
    await expectAccessible(page);
  });
});
