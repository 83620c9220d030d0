import { DEMO_PASSWORD, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/** ADR 8 in the LCSS portal: county-wide staff choose an owning area; a family read says who is hidden. */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const areaId = async (code: string) => (await platform.db.db.select().from(schema.areas).where(eq(schema.areas.code, code)))[0]!.id;

describe("every record has an owning area, in a real browser", () => {
  it("asks county-wide staff which area will look after a person with no county postcode", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/people/new`);
    await signIn(page, "admin@hearth.test", DEMO_PASSWORD);
    await page.getByLabel("First name").fill("Orla");
    await page.getByLabel("Last name").fill("Nowhere");
    await page.getByLabel("Day").fill("4");
    await page.getByLabel("Month").fill("5");
    await page.getByLabel("Year").fill("2019");
    await page.getByRole("group", { name: "Which area will look after this record?" }).waitFor();
    await page.getByRole("button", { name: "Add person" }).click();
    await page.getByRole("link", { name: /Choose the area that will look after this record/ }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("South").check();
    await page.getByRole("button", { name: "Add person" }).click();
    await page.getByRole("heading", { name: "Orla Nowhere" }).waitFor();
  });

  it("shows a North worker the family's North members and says how many others are not shown", async () => {
    const [north, south] = [await areaId("north"), await areaId("south")];
    const [nell, saul] = await platform.db.db
      .insert(schema.people)
      .values([
        { firstName: "Nell", lastName: "Split", dateOfBirth: "2019-02-03", postcode: "OX16 9QA", areaId: north },
        { firstName: "Saul", lastName: "Split", dateOfBirth: "2017-02-03", postcode: "OX14 3AA", areaId: south },
      ])
      .returning();
    const [family] = await platform.db.db
      .insert(schema.families)
      .values({ name: "Split household", postcode: "OX16 9QA", areaId: north })
      .returning();
    await platform.db.db.insert(schema.familyMembers).values([
      { familyId: family!.id, personId: nell!.id, role: "child" },
      { familyId: family!.id, personId: saul!.id, role: "child" },
    ]);

    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/families/${family!.id}`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Nell Split" }).waitFor();
    await page.getByText("1 member outside your area is not shown.").waitFor();
    if (await page.getByText("Saul").count()) throw new Error("a member outside the reader's area was shown");
    await expectAccessible(page);
  });
});
