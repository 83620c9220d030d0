import { DEMO_PASSWORD } from "@hearth/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { call, expectAccessible, signIn, usePlatform } from "./harness";

/**
 * Issue 10 §3 end to end: a worker finds a family by a misspelt name, opens its record, reads and
 * corrects its chronology, changes a member's detail through a Change link and sees it on the
 * record; the data officer then sees that change in who has looked at the record. Axe on every page.
 */
const platformOf = usePlatform();

/** Progress in the test's output, so a hang names its step. */
const step = (what: string) => console.log(`${new Date().toISOString()} ${what}`);
const recordNav = (page: Page) => page.getByRole("navigation", { name: "Family record" });

describe("the family record, from search to a change in place", () => {
  it("finds a misspelt family, corrects its chronology, changes a member's contact details and shows who did it", async () => {
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    step("Banbury (OX16) is in the North, the LCSS worker's area.");
    // Banbury (OX16) is in the North, the LCSS worker's area.
    const person = (firstName: string, dateOfBirth: string) => ({
      firstName,
      lastName: "Mensah",
      dateOfBirth,
      postcode: "OX16 9QA",
      confirmedNotDuplicate: true,
    });
    const child = await call<{ person: { id: string } }>(page, "people.create", person("Kofi", "2019-04-05"));
    const mother = await call<{ person: { id: string } }>(page, "people.create", person("Abena", "1991-08-09"));
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Mensah household",
      postcode: "OX16 9QA",
      members: [
        { personId: child.person.id, role: "child" },
        { personId: mother.person.id, role: "parent_carer" },
      ],
    });
    await call(page, "chronology.addEntry", {
      familyId: family.id,
      personId: child.person.id,
      occurredOn: "2026-03-12",
      kind: "contact",
      summary: "Mum rang about school",
    });

    step("Search: the worker types the name as they heard it.");
    // Search: the worker types the name as they heard it.
    await page.goto(`${platformOf().baseUrl}/lcss/families`);
    await page.getByLabel("Family or member’s name").fill("Kofi Mensha");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Mensah household" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Mensah household" }).click();
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    await expectAccessible(page);

    step("Chronology: the entry, corrected by its author, is shown ");
    // Chronology: the entry, corrected by its author, is shown as edited.
    await recordNav(page).getByRole("link", { name: "Chronology" }).click();
    await page.getByRole("heading", { level: 1, name: "Chronology" }).waitFor();
    await page.getByText("Mum rang about school").waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: /Correct this entry/ }).click();
    await page.getByRole("heading", { name: "Correct an entry" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("What happened?").fill("Mum rang about Kofi’s school place");
    await page.getByRole("button", { name: "Save entry" }).click();
    await page.getByText("Entry corrected").waitFor();
    await page.getByText("Mum rang about Kofi’s school place").waitFor();
    await page.getByText(/Edited \d{1,2} \w+ \d{4}/).waitFor();
    await expectAccessible(page);

    step("Members: a Change link opens the contact details in place");
    // Members: a Change link opens the contact details in place; saved, the card shows them.
    await recordNav(page).getByRole("link", { name: "Members" }).click();
    await page.getByRole("heading", { level: 1, name: "Members" }).waitFor();
    await page.getByRole("link", { name: "Change contact details of Abena Mensah" }).click();
    await page.getByRole("heading", { name: "Change the contact details of Abena Mensah" }).waitFor();
    await expectAccessible(page);
    step("Refused beside the field first: a text message needs a mo");
    // Refused beside the field first: a text message needs a mobile number.
    await page.getByLabel("Text message").check();
    await page.getByLabel("No", { exact: true }).check();
    await page.getByRole("button", { name: "Save contact details" }).click();
    await page.getByRole("link", { name: "Add a mobile number to send texts" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Mobile phone").fill("07700 900123");
    await page.getByRole("button", { name: "Save contact details" }).click();
    await page.getByRole("heading", { name: "Change the contact details of Abena Mensah" }).waitFor({ state: "detached" });
    const card = page.getByRole("region", { name: "Abena Mensah" });
    await card.getByText("07700900123").waitFor();
    await expectAccessible(page);

    step("Who has looked: the data officer sees the change, and the");
    // Who has looked: the data officer sees the change, and the worker who made it.
    const officer = await platformOf().newPage();
    await officer.goto(`${platformOf().baseUrl}/fss/families/${family.id}/who-has-looked`);
    await signIn(officer, "data.officer@hearth.test", DEMO_PASSWORD);
    const changed = officer.getByRole("row").filter({ hasText: "Changed a member’s contact details" });
    await changed.first().waitFor();
    expect(await changed.first().textContent()).toContain("Lena Carter");
    await officer.getByRole("row").filter({ hasText: "Corrected a chronology entry" }).first().waitFor();
    await expectAccessible(officer);
  }, 420_000);
});
