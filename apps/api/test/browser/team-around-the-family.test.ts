import { DEMO_PASSWORD } from "@hearth/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { call, expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/**
 * Issue 11 §4 in a real browser at 1280 px: a Team Around the Family started from a completed
 * assessment's page; an action tied to a desired outcome; a meeting scheduled with a time and
 * venue as the team's next meeting (on the page and the open teams list), its minutes refused until
 * their boxes are filled; a request for service to FSS made from the team; a review in the past refused beside its
 * field; closed with a reason. axe on every page.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

async function fillDate(page: Page, legend: string, d: Date) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(d.getDate()));
  await group.getByLabel("Month").fill(String(d.getMonth() + 1));
  await group.getByLabel("Year").fill(String(d.getFullYear()));
}

describe("a Team Around the Family in a real browser", () => {
  it("is started from a completed assessment, planned, met, refused a past review, and closed with a reason", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    const today = new Date();
    const person = (firstName: string, dateOfBirth: string) => ({ firstName, lastName: "Okafor", dateOfBirth, postcode: "OX16 9QA" });
    const child = await call<{ person: { id: string } }>(page, "people.create", person("Tobi", "2016-02-03"));
    const mother = await call<{ person: { id: string } }>(page, "people.create", person("Ada", "1988-05-06"));
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Okafor household",
      postcode: "OX16 9QA",
      members: [
        { personId: child.person.id, role: "child" },
        { personId: mother.person.id, role: "parent_carer" },
      ],
    });
    const eha = await call<{ id: string }>(page, "assessments.start", {
      familyId: family.id,
      childIds: [child.person.id],
      adultIds: [mother.person.id],
      startedOn: iso(today),
    });
    for (const content of [
      { section: "consent", givenByPersonId: mother.person.id, method: "written", givenOn: iso(today) },
      { section: "leadProfessional", leadProfessional: { name: "Kim Head", agency: "Meadow Primary School", role: "DSL" } },
      {
        section: "child",
        personId: child.person.id,
        domains: {
          child_development: { needs: "Often late." },
          parenting_capacity: { strengths: "Warm." },
          family_environment: { needs: "Arrears." },
        },
        childsVoice: "I am tired.",
      },
      { section: "parentsViews", parentsViews: "Ada wants help with mornings." },
      { section: "analysis", analysis: "Housing worry.", desiredOutcomes: ["Tobi arrives on time"] },
    ])
      await call(page, "assessments.saveSection", { assessmentId: eha.id, content });
    await call(page, "assessments.complete", { assessmentId: eha.id, on: iso(today) });

    await page.goto(`${platform.baseUrl}/lcss/assessments/${eha.id}`);
    await page.getByRole("heading", { name: "Start a team around the family" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Start the team" }).click();

    await page.getByRole("heading", { level: 1, name: "Team Around the Family" }).waitFor();
    await page.getByRole("rowheader", { name: "Kim Head" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Action", { exact: true }).fill("Morning routine chart");
    await page.getByLabel("Owner").fill("Ada Okafor");
    await fillDate(page, "Due by", new Date(today.getTime() + 14 * 86_400_000));
    await page.getByLabel("Desired outcome it serves").selectOption("Tobi arrives on time");
    await page.getByRole("button", { name: "Add the action" }).click();
    await page.getByRole("rowheader", { name: "Morning routine chart" }).waitFor();

    // A meeting scheduled with a time and venue becomes the team's next meeting.
    await page.getByRole("button", { name: "Schedule the meeting" }).click();
    await page.getByRole("link", { name: "Enter a time in 24-hour format, like 09:30" }).waitFor();
    await expectAccessible(page);
    const meetingDay = new Date(today.getTime() + 7 * 86_400_000);
    await fillDate(page, "Date of the meeting", meetingDay);
    await page.getByLabel("Start time").fill("15:30");
    await page.getByLabel("Venue").fill("Meadow Primary School");
    await page.getByRole("button", { name: "Schedule the meeting" }).click();
    const nextMeeting = page.locator(".govuk-summary-list__row", { hasText: "Next meeting" });
    await nextMeeting.getByText(/3:30pm at Meadow Primary School/).waitFor();

    // Minutes with nothing typed: refused beside their boxes.
    await page.getByRole("button", { name: "Record the minutes" }).click();
    await page.getByRole("link", { name: "Name at least one person who attended" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Which meeting").selectOption({ index: 1 });
    await page.getByLabel("Who attended").fill("Ada Okafor\nKim Head");
    await page.getByLabel(/^Minutes/).fill("A chart for mornings.");
    await page.getByRole("button", { name: "Record the minutes" }).click();
    await page.getByText("Attended: Ada Okafor, Kim Head").waitFor();
    await page.getByText("Venue: Meadow Primary School").waitFor();
    await nextMeeting.getByText("None scheduled").waitFor();

    // The next one, for the open teams list.
    await fillDate(page, "Date of the meeting", meetingDay);
    await page.getByLabel("Start time").fill("09:00");
    await page.getByLabel("Venue").fill("Banbury Children and Family Centre");
    await page.getByRole("button", { name: "Schedule the meeting" }).click();
    await nextMeeting.getByText(/9am at Banbury Children and Family Centre/).waitFor();

    // Needs have grown: the team asks FSS for a service, through the same form as a consultation.
    await page.getByText("Ask FSS for a service for this family").click();
    await page.getByLabel(/^Level 3/).check();
    await page.getByLabel("Why does the family need FSS?").fill("Arrears have become an eviction notice.");
    await page.getByLabel("What has been tried already?").fill("A morning routine chart and a team around the family.");
    await page.getByLabel("Who gave consent for the request?").fill("Ada Okafor");
    await fillDate(page, "When was consent given?", today);
    await page.getByRole("button", { name: "Send the request to FSS" }).click();
    await page.getByRole("heading", { name: "Request for service to FSS" }).waitFor();
    await page.getByText("Received by FSS").waitFor();
    await expectAccessible(page);

    // The open teams list, reached from the LCSS home's TAF figure, leads back to the team.
    await page.goto(`${platform.baseUrl}/lcss/`);
    await page.getByRole("link", { name: "See the open teams and their next meetings" }).click();
    await page.getByRole("heading", { level: 1, name: "Teams Around the Family" }).waitFor();
    await expectAccessible(page);
    await page
      .getByRole("row", { name: /Okafor household/ })
      .first()
      .getByText(/, 9am$/)
      .waitFor();
    await page.getByRole("link", { name: "Okafor household" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Team Around the Family" }).waitFor();

    // A review in the past is refused in plain English.
    await fillDate(page, "Next review", new Date(today.getTime() - 2 * 86_400_000));
    await page.getByRole("button", { name: "Save the date" }).click();
    await page.getByRole("link", { name: /The review must be on or after today/ }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Stepped down to universal services").check();
    await page.getByLabel("Closing summary").fill("Mornings settled.");
    await page.getByRole("button", { name: "Close the team" }).click();
    await page.getByText("Stepped down to universal services").first().waitFor();
    await page.getByRole("heading", { name: "Closing" }).waitFor({ state: "detached" });
    await expectAccessible(page);

    await page.goto(`${platform.baseUrl}/lcss/families/${family.id}/involvement`);
    await page.getByRole("table", { name: "Teams Around the Family" }).waitFor();
    await expectAccessible(page);
  });
});
