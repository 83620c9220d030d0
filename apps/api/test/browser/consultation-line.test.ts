import { DEMO_PASSWORD } from "@hearth/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { call, expectAccessible, signIn, usePlatform } from "./harness";

/**
 * Issue 11 §1 in a real browser at 1280 px: a call starts with the immediate-risk question; a
 * yes shows the MASH number and records it; a no-names and a named call are logged on the
 * drafted page, with the decision; the list and the consultation page follow. axe on every page.
 */
const platformOf = usePlatform();

const start = () => `${platformOf().baseUrl}/lcss/consultations/new`;

async function answerImmediateRisk(page: Page, answer: "Yes" | "No") {
  await page.goto(start());
  await page.getByRole("group", { name: "Is a child at immediate risk of significant harm?" }).waitFor();
  await expectAccessible(page);
  await page.getByLabel(answer, { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function fillCaller(page: Page) {
  await page.getByRole("heading", { level: 1, name: "Log a call" }).waitFor();
  await page.getByLabel("Caller’s name").fill("Priya Shah");
  await page.getByLabel("Caller’s role").fill("Designated safeguarding lead");
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Banbury Meadow Primary School" });
  await page.getByLabel("Work email address (optional)").fill("dsl@meadow.example");
}

async function fillConcernAndDecision(page: Page) {
  await page.getByLabel("The concern, in the caller’s words").fill("Often arrives hungry and tired.");
  await page.getByLabel("Level 2: Basic care is inconsistent, for example meals missed or the home often cold.").check();
  await page.getByLabel("Advice given").fill("Offer breakfast club; talk to the parent about the food bank.");
  await page.getByLabel("Signpost to a service or programme").check();
  await page.getByLabel("Or another service or programme").fill("Breakfast club");
  await page.getByText("The indicators chosen suggest level 2").waitFor();
}

describe("the consultation line in a real browser", () => {
  it("sends a caller with a child at immediate risk to the MASH, and records it", async () => {
    const page = await platformOf().newPage();
    await page.goto(start());
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    // No answer is refused beside the question, not taken as a no.
    await page.goto(start());
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("link", { name: "Say whether a child is at immediate risk of significant harm" }).waitFor();
    await page.locator("#immediateRisk-error").waitFor();
    await expectAccessible(page);
    await answerImmediateRisk(page, "Yes");
    await page.getByRole("heading", { level: 1, name: "Tell the caller to ring the MASH now" }).waitFor();
    expect(await page.getByTestId("mash-phone").textContent()).toBe("01632 960 123");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Record and finish" }).click();
    await page.getByRole("heading", { level: 1, name: "Caller sent to the MASH" }).waitFor();
    await page.getByText("Social care now (MASH)").first().waitFor();
    await expectAccessible(page);
  });

  it("logs a no-names call, refusing a different level without a rationale beside the field", async () => {
    const page = await platformOf().newPage();
    await page.goto(start());
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    await answerImmediateRisk(page, "No");
    await fillCaller(page);
    await page.getByLabel("No, this is a no-names consultation").check();
    await page.getByLabel("Child’s age in years").fill("9");
    await page.getByLabel("Locality").selectOption({ label: "Banbury North" });
    await fillConcernAndDecision(page);
    await page.getByLabel("Level 1: Universal").check();
    await page.getByLabel("Why is the level different from the suggested level?").waitFor();
    await page.getByRole("button", { name: "Record the call and decision" }).click();
    await page
      .getByRole("alert")
      .getByText(/Explain why the level is 1/)
      .waitFor();
    await expectAccessible(page);

    await page.getByLabel("Level 2: Additional").check();
    await page.getByRole("button", { name: "Record the call and decision" }).click();
    await page.getByRole("heading", { level: 1, name: "No names: child aged 9" }).waitFor();
    await page.getByText("Awaiting feedback").first().waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Consultations" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Consultations" }).waitFor();
    await page.getByRole("cell", { name: "No names: child aged 9" }).first().waitFor();
    await expectAccessible(page);
  });

  it("logs a named call, found with the county search, and shows it on the family's chronology", async () => {
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    const child = await call<{ person: { id: string } }>(page, "people.create", {
      firstName: "Tomasz",
      lastName: "Nowicki",
      dateOfBirth: "2016-02-03",
      postcode: "OX16 9QA",
    });
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Nowicki household",
      postcode: "OX16 9QA",
      members: [{ personId: child.person.id, role: "child" }],
    });

    await answerImmediateRisk(page, "No");
    await fillCaller(page);
    await page.getByLabel("Yes, they are named with their consent").check();
    await page.getByLabel("Find the family").fill("Nowicki");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByLabel("Nowicki household").check();
    await page.getByLabel("Tomasz Nowicki").check();
    await page.getByLabel("Who gave consent for the family to be named?").fill("Mother, told by the school today");
    await fillConcernAndDecision(page);
    await page.getByLabel("Level 2: Additional").check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Record the call and decision" }).click();
    await page.getByRole("heading", { level: 1, name: "Nowicki household" }).waitFor();
    // In the call's details; the name is also a choice in the "Refer to a group programme" form.
    await page.locator(".govuk-summary-list").getByText("Tomasz Nowicki").first().waitFor();
    await expectAccessible(page);

    await page.goto(`${platformOf().baseUrl}/lcss/families/${family.id}/chronology`);
    await page
      .getByText(/^Consultation LC\d{6}$/)
      .first()
      .waitFor();
    await expectAccessible(page);
  });
});
