import { insertEnrolment, insertProgramme, insertProgrammeRun, DEMO_PASSWORD } from "@hearth/db";
import { describe, expect, it } from "vitest";
import { areaIdOf, call, expectAccessible, signIn, usePlatform } from "./harness";

/**
 * Issue 13 in a real browser: a session's register taken on a 768 px tablet (attended, did not
 * attend, apologies) and saved; an SDQ entered item by item and shown as a chart with its data
 * table beside it. axe on every page.
 */
const platform = usePlatform();
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

describe("programme screens in a real browser", () => {
  it("takes a register on a tablet, then enters an SDQ and shows it as a chart", async () => {
    const { db } = platform().db;
    const page = await platform().newPage({ width: 768, height: 1024 });
    await page.goto(`${platform().baseUrl}/fss/`);
    await signIn(page, "fss.manager@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Programmes" }).first().waitFor();
    const made = await call<{ person: { id: string } }>(page, "people.create", {
      firstName: "Remi",
      lastName: "Register",
      dateOfBirth: "2020-04-04",
      postcode: "OX4 2HN",
    });
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Register household",
      postcode: "OX4 2HN",
      members: [{ personId: made.person.id, role: "child" }],
    });
    const programme = await insertProgramme(db, {
      name: "Browser Incredible Years",
      category: "parenting",
      evidenceRating: "4",
      childAgeFrom: 3,
      childAgeTo: 8,
      levelsOfNeed: [2],
      numberOfSessions: 1,
      completionShare: 1,
      outcomeMeasures: ["sdq"],
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
    await insertEnrolment(db, { enrolment: { runId: run.id, familyId: family.id, childId: made.person.id } });

    await page.goto(`${platform().baseUrl}/fss/programmes/runs/${run.id}`);
    await page.getByRole("heading", { name: "Browser Incredible Years" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: /Register for/ }).click();
    await page.getByRole("heading", { name: /Register for/ }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save register" }).click();
    await page.getByRole("link", { name: "Mark the family as attended, did not attend or sent apologies" }).waitFor();
    await page.getByRole("group", { name: "Remi Register" }).getByLabel("Attended").check();
    await page.getByRole("button", { name: "Save register" }).click();
    await page.getByText("Register saved for 1 families").waitFor();
    await expectAccessible(page);

    await page.goto(`${platform().baseUrl}/fss/programmes/outcomes/${made.person.id}`);
    await page.getByText("No measures have been recorded yet.").waitFor();
    await page.getByRole("group", { name: "Who completed it?" }).getByLabel("Parent or carer").check();
    const date = page.getByRole("group", { name: "Date taken" });
    const [y, m, d] = today().split("-");
    await date.getByLabel("Day").fill(String(Number(d)));
    await date.getByLabel("Month").fill(String(Number(m)));
    await date.getByLabel("Year").fill(y!);
    for (let item = 1; item <= 25; item++)
      await page
        .getByRole("group", { name: `Item ${item}`, exact: true })
        .getByLabel("Somewhat true")
        .check();
    await page.getByRole("button", { name: "Save SDQ" }).click();
    await page.getByText("Saved: total difficulties 20.").waitFor();
    await page.getByRole("img", { name: /SDQ total difficulties \(parent\): chart of 1 readings/ }).waitFor();
    expect(await page.getByRole("table", { name: "SDQ total difficulties (parent)" }).getByRole("cell").allTextContents()).toContain("20");
    await expectAccessible(page);
  });
});
