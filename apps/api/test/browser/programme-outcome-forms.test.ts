import { insertEnrolment, insertProgramme, insertProgrammeRun, DEMO_PASSWORD } from "@hearth/db";
import { describe, it } from "vitest";
import { areaIdOf, call, expectAccessible, signIn, usePlatform } from "./harness";

/**
 * Issue 13 §3 in a real browser: the one outcome form laid out from each measure's items. A
 * parent's WEMWBS entered statement by statement as a "before" on the family's programme place,
 * refused first beside the blank statements and the missing place; then a Family Star Plus scored
 * area by area. Both shown on the person's charts; axe on every state.
 */
const platform = usePlatform();
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

describe("outcome measure forms in a real browser", () => {
  it("enters a WEMWBS on a programme place and a Family Star Plus, item by item", async () => {
    const { db } = platform().db;
    const page = await platform().newPage();
    await page.goto(`${platform().baseUrl}/fss/`);
    await signIn(page, "fss.manager@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Programmes" }).first().waitFor();
    const person = async (firstName: string, dateOfBirth: string) =>
      (await call<{ person: { id: string } }>(page, "people.create", { firstName, lastName: "Wellbeing", dateOfBirth, postcode: "OX4 2HN" })).person
        .id;
    const childId = await person("Wren", "2020-04-04");
    const parentId = await person("Willa", "1990-01-01");
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Wellbeing household",
      postcode: "OX4 2HN",
      members: [
        { personId: childId, role: "child" },
        { personId: parentId, role: "parent_carer" },
      ],
    });
    const programme = await insertProgramme(db, {
      name: "Browser Mellow Parenting",
      category: "parenting",
      evidenceRating: "3",
      childAgeFrom: 0,
      childAgeTo: 8,
      levelsOfNeed: [2],
      numberOfSessions: 1,
      completionShare: 1,
      outcomeMeasures: ["wemwbs", "outcomes_star"],
    });
    const run = await insertProgrammeRun(db, {
      run: {
        programmeId: programme!.id,
        venue: { name: "Leys community room", postcode: "OX4 6JZ" },
        schedule: { weekday: "monday", startTime: "09:30", endTime: "11:00", startsOn: today() },
        facilitators: [{ name: "Mo Hughes" }],
        capacity: 8,
      },
      areaId: await areaIdOf(platform(), "central"),
      sessionDates: [today()],
    });
    await insertEnrolment(db, { enrolment: { runId: run.id, familyId: family.id, childId } });

    await page.goto(`${platform().baseUrl}/fss/programmes/outcomes/${parentId}`);
    await page.getByText("No measures have been recorded yet.").waitFor();
    await page.getByRole("link", { name: /WEMWBS/ }).click();
    await page.getByRole("heading", { name: "Enter a WEMWBS" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("group", { name: "When in the work was it taken?" }).getByLabel("Before (at enrolment)").check();
    const date = page.getByRole("group", { name: "Date taken" });
    const [y, m, d] = today().split("-");
    await date.getByLabel("Day").fill(String(Number(d)));
    await date.getByLabel("Month").fill(String(Number(m)));
    await date.getByLabel("Year").fill(y!);
    for (let item = 1; item <= 13; item++)
      await page
        .getByRole("group", { name: `Statement ${item}`, exact: true })
        .getByLabel("Often")
        .check();
    await page.getByRole("button", { name: "Save WEMWBS" }).click();
    await page.getByRole("link", { name: "Choose the programme place this measure belongs to" }).waitFor();
    await page.getByRole("link", { name: "Score must be between 1 and 5" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Programme place").selectOption({ index: 1 });
    await page.getByRole("group", { name: "Statement 14", exact: true }).getByLabel("Often").check();
    await page.getByRole("button", { name: "Save WEMWBS" }).click();
    await page.getByText("Saved: wellbeing score 56.").waitFor();
    await page.getByRole("img", { name: /WEMWBS: chart of 1 readings/ }).waitFor();

    await page.getByRole("link", { name: /Outcomes Star/ }).click();
    await page.getByRole("heading", { name: "Enter a Family Star Plus" }).waitFor();
    await page.getByRole("group", { name: "When in the work was it taken?" }).getByLabel("Review").check();
    await date.getByLabel("Day").fill(String(Number(d)));
    await date.getByLabel("Month").fill(String(Number(m)));
    await date.getByLabel("Year").fill(y!);
    for (const area of ["Physical health", "Your well-being", "Meeting emotional needs", "Keeping your children safe", "Social networks"])
      await page.getByRole("group", { name: area, exact: true }).getByLabel("6", { exact: true }).check();
    for (const area of ["Education and learning", "Boundaries and behaviour", "Family routine", "Home and money", "Progress to work"])
      await page.getByRole("group", { name: area, exact: true }).getByLabel("4", { exact: true }).check();
    await page.getByRole("button", { name: "Save Family Star Plus" }).click();
    await page.getByText("Saved: total across the areas 50.").waitFor();
    await page.getByRole("img", { name: /Family Star Plus total: chart of 1 readings/ }).waitFor();
    await expectAccessible(page);
  });
});
