import { DEMO_PASSWORD } from "@hearth/db";
import { describe, expect, it } from "vitest";
import { call, expectAccessible, signIn, usePlatform } from "./harness";

/**
 * Issue 10 §3, adding a member through the person picker: the worker searches the person index
 * from the family's Members page, picks the person, says how they belong, and sees them on the
 * record. axe on the picker, its results and the "how do they belong" page.
 */
const platformOf = usePlatform();

describe("adding a family member with the person picker", () => {
  it("searches, picks a person and adds them to the family", async () => {
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    // Banbury (OX16) is in the North, the LCSS worker's area.
    const person = (firstName: string, dateOfBirth: string) => ({
      firstName,
      lastName: "Picker",
      dateOfBirth,
      postcode: "OX16 9QA",
      confirmedNotDuplicate: true,
    });
    const child = await call<{ person: { id: string } }>(page, "people.create", person("Nadia", "2019-03-04"));
    const grandmother = await call<{ person: { id: string } }>(page, "people.create", person("Halina", "1958-11-12"));
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Picker household",
      postcode: "OX16 9QA",
      members: [{ personId: child.person.id, role: "child" }],
    });

    await page.goto(`${platformOf().baseUrl}/lcss/families/${family.id}/members`);
    await page.getByRole("link", { name: "Add a member" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a member" }).waitFor();
    await expectAccessible(page);

    // A misspelling still finds her, as in every person search.
    await page.getByLabel("Name").fill("Halena Picker");
    await page.getByRole("button", { name: "Search" }).click();
    const results = page.getByRole("table", { name: "Choose the person to add" });
    await results.waitFor();
    await expectAccessible(page);
    await results.getByRole("link", { name: "Halina Picker" }).click();
    expect(page.url()).toContain(`personId=${grandmother.person.id}`);
    expect(page.url()).not.toMatch(/Halina|Halena|Picker/);

    await page.getByRole("heading", { level: 1, name: "Add Halina Picker to the family" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("group", { name: "How does Halina belong to the family?" }).getByLabel("Other adult").check();
    await page.getByRole("button", { name: "Add to family" }).click();

    await page.waitForURL(/\/families\/[^/]+\/members$/);
    // Her own card on the Members page, with the role chosen.
    const card = page.getByRole("region", { name: "Halina Picker" });
    await card.getByText("Other adult").waitFor();
    await expectAccessible(page);
  });
});
