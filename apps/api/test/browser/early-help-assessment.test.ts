import { DEMO_PASSWORD } from "@hearth/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/**
 * Issue 11 §3 in a real browser at 1280 px: an Early Help Assessment started from the family's
 * Involvement page, for a child and a parent; the GOV.UK task list; the consent section written
 * and completed; another section typed and left, shown as in progress from its server draft; the
 * family's printed copy. axe on every page.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const statusOf = (page: Page, title: string) =>
  page
    .locator(".govuk-task-list__item", { has: page.getByText(title, { exact: true }) })
    .locator(".govuk-task-list__status")
    .textContent();

describe("an Early Help Assessment in a real browser", () => {
  it("is started from the family record, and a section is written and completed on the task list", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    const person = (firstName: string, dateOfBirth: string) => ({ firstName, lastName: "Kowalska", dateOfBirth, postcode: "OX16 9QA" });
    const child = await call<{ person: { id: string } }>(page, "people.create", person("Ola", "2016-02-03"));
    const mother = await call<{ person: { id: string } }>(page, "people.create", person("Ewa", "1988-05-06"));
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Kowalska household",
      postcode: "OX16 9QA",
      members: [
        { personId: child.person.id, role: "child" },
        { personId: mother.person.id, role: "parent_carer" },
      ],
    });

    await page.goto(`${platform.baseUrl}/lcss/families/${family.id}/involvement`);
    await page.getByText("No Early Help Assessments.").waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Start an Early Help Assessment" }).click();
    await page.getByRole("heading", { level: 1, name: "Start an Early Help Assessment" }).waitFor();
    await expectAccessible(page);
    // Nothing chosen: refused beside the field.
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByRole("link", { name: "Choose at least one child to assess" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Ola Kowalska").check();
    await page.getByLabel("Ewa Kowalska").check();
    await page.getByRole("button", { name: "Start the assessment" }).click();

    await page.getByRole("heading", { level: 1, name: "Early Help Assessment" }).waitFor();
    await page.getByText("You have completed 0 of 5 sections.").waitFor();
    expect(await statusOf(page, "Consent")).toBe("Not started");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Consent" }).click();
    await page.getByRole("heading", { level: 1, name: "Consent" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("group", { name: "Who gave consent?" }).getByLabel("Ewa Kowalska").check();
    await page.getByLabel("In writing (signed form)").check();
    const today = new Date();
    const when = page.getByRole("group", { name: "When was consent given?" });
    await when.getByLabel("Day").fill(String(today.getDate()));
    await when.getByLabel("Month").fill(String(today.getMonth() + 1));
    await when.getByLabel("Year").fill(String(today.getFullYear()));
    await page.getByRole("button", { name: "Save and mark as completed" }).click();

    await page.getByText("You have completed 1 of 5 sections.").waitFor();
    expect(await statusOf(page, "Consent")).toBe("Completed");
    await expectAccessible(page);

    // Typed and left without saving: the server's draft keeps it, and the task list says so.
    await page.getByRole("link", { name: "Parents’ and carers’ views" }).click();
    await page.getByLabel("What do the parents and carers say?").fill("Ewa wants help with mornings.");
    await page.waitForResponse((r) => r.url().includes("drafts.save") && r.ok(), { timeout: 10_000 });
    await page.getByRole("link", { name: "Early Help Assessment" }).click();
    await page.getByText("You have completed 1 of 5 sections.").waitFor();
    await page.reload();
    await page.getByText("You have completed 1 of 5 sections.").waitFor();
    expect(await statusOf(page, "Parents’ and carers’ views")).toBe("In progress");
    await page.getByRole("link", { name: "Parents’ and carers’ views" }).click();
    await page.getByText(/We restored what you typed on/).waitFor();
    expect(await page.getByLabel("What do the parents and carers say?").inputValue()).toBe("Ewa wants help with mornings.");
    await expectAccessible(page);

    await page.goto(`${platform.baseUrl}/lcss/families/${family.id}/involvement`);
    await page.getByRole("cell", { name: "Draft" }).waitFor();
    await page.getByRole("table", { name: "Early Help Assessments" }).getByRole("link").click();
    await page.getByRole("link", { name: "Print a copy for the family" }).click();
    await page.getByRole("heading", { level: 1, name: "Your family’s Early Help Assessment" }).waitFor();
    await page.getByText("Ewa Kowalska").first().waitFor();
    await expectAccessible(page);

    // The area's list, from the portal's navigation.
    await page.getByRole("link", { name: "Early Help Assessment" }).first().click();
    await page.getByRole("link", { name: "Assessments", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Early Help Assessments" }).waitFor();
    await page.getByRole("link", { name: "Kowalska household" }).waitFor();
    await expectAccessible(page);
  });
});
