import { DEMO_PASSWORD, saveRestriction, schema } from "@hearth/db";
import { describe, it } from "vitest";
import { areaIdOf, expectAccessible, signIn, staffByEmail, usePlatform } from "./harness";

/** Issue 10 §2 in the LCSS portal: breaking the glass with a reason, and a restricted record's panel. */
const platformOf = usePlatform();

const db = () => platformOf().db.db;
const areaId = (code: string) => areaIdOf(platformOf(), code);
const staffId = async (email: string) => (await staffByEmail(platformOf(), email)).id;

describe("opening records outside the usual rules, in a real browser", () => {
  it("asks a North worker why they need a Central record, then opens it", async () => {
    const [person] = await db()
      .insert(schema.people)
      .values({ firstName: "Bea", lastName: "Glass", dateOfBirth: "2018-07-09", postcode: "OX4 1AA", areaId: await areaId("central") })
      .returning();
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/people/${person!.id}/break-glass`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText(/that area's managers will see who opened it and why/).waitFor();
    await page.getByRole("button", { name: "Open the record" }).click();
    await page.getByRole("link", { name: "The reason must be at least 10 characters" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Why do you need to open this record?").fill("Child brought to Banbury A&E, checking safeguarding history");
    await page.getByRole("button", { name: "Open the record" }).click();
    await page.getByRole("heading", { name: "Bea Glass" }).waitFor();
  });

  it("tells everyone not named on a restricted record whom to contact, and nothing else", async () => {
    const [person] = await db()
      .insert(schema.people)
      .values({ firstName: "Rae", lastName: "Hidden", dateOfBirth: "2018-07-09", postcode: "OX4 1AA", areaId: await areaId("central") })
      .returning();
    await saveRestriction(db(), {
      personId: person!.id,
      category: "adoption",
      note: null,
      contact: "Central LCSS manager",
      restrictedBy: await staffId("lcss.senior@hearth.test"),
      restrictedAt: new Date(),
    });
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/people/${person!.id}`);
    await signIn(page, "admin@hearth.test", DEMO_PASSWORD);
    await page.getByText("Restricted record: contact Central LCSS manager").waitFor();
    if (await page.getByText("Rae").count()) throw new Error("a restricted record's name was shown");
    await expectAccessible(page);
  });
});
