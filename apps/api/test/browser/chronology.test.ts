import { readFile } from "node:fs/promises";
import { DEMO_PASSWORD, insertOpenAccessSessions, recordAttendance, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/** A family's chronology in the LCSS portal: the centres' register and practitioners' entries together. */
let platform: Platform;
let familyId: string;
beforeAll(async () => {
  platform = await startPlatform();
  const db = platform.db.db;
  const [north] = await db.select().from(schema.areas).where(eq(schema.areas.code, "north"));
  const [nell] = await db
    .insert(schema.people)
    .values({ firstName: "Nell", lastName: "Timeline", dateOfBirth: "2021-02-03", postcode: "OX16 9QA", areaId: north!.id })
    .returning();
  const [family] = await db.insert(schema.families).values({ name: "Timeline household", postcode: "OX16 9QA", areaId: north!.id }).returning();
  familyId = family!.id;
  await db.insert(schema.familyMembers).values({ familyId, personId: nell!.id, role: "child" });
  const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.slug, "banbury"));
  const [type] = await db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, "stay_play_learn"));
  const [session] = await insertOpenAccessSessions(db, [
    {
      centreId: centre!.id,
      sessionTypeId: type!.id,
      title: "Rhyme time",
      date: "2026-03-10",
      startTime: "10:00",
      endTime: "11:00",
      capacity: 12,
      createdBy: null,
    },
  ]);
  const [staff] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "centre_manager"));
  await recordAttendance(db, {
    sessionId: session!.id,
    personId: nell!.id,
    bookingId: null,
    familyId,
    status: "attended",
    walkIn: true,
    recordedBy: staff!.id,
    now: new Date(),
  });
});
afterAll(() => platform?.close());

describe("a family's chronology, in a real browser", () => {
  it("shows the register, adds an entry, filters and downloads a CSV", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/families/${familyId}/chronology`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Chronology" }).waitFor();
    await page.getByRole("heading", { name: "Attended a session" }).waitFor();
    expect(await page.locator("main").textContent()).toContain("10 March 2026 at 10am");
    await expectAccessible(page);

    // Refused with a message for each field, keeping what was typed.
    await page.getByRole("button", { name: "Add an entry" }).click();
    await page.getByLabel("What happened?").fill("Mum rang to say Nell has a new social worker");
    await page.getByRole("button", { name: "Add entry" }).click();
    await page.getByRole("link", { name: "Enter the date it happened" }).waitFor();
    await page.getByRole("link", { name: "Choose what kind of entry this is" }).waitFor();
    expect(await page.getByLabel("What happened?").inputValue()).toBe("Mum rang to say Nell has a new social worker");
    await expectAccessible(page);

    const when = page.getByRole("group", { name: "When did it happen?" });
    await when.getByLabel("Day").fill("12");
    await when.getByLabel("Month").fill("3");
    await when.getByLabel("Year").fill("2026");
    await page.getByLabel("Who is it about?").selectOption({ label: "Nell Timeline" });
    await page.getByLabel("Contact with the family").check();
    await page.getByLabel("This is a significant event").check();
    await page.getByRole("button", { name: "Add entry" }).click();
    await page.getByText("Entry added to the chronology").waitFor();
    const entry = page.getByRole("heading", { name: /Contact with the family/ });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("Significant");
    // Newest first: the entry of 12 March sits above the session of 10 March.
    const headings = await page.locator(".moj-timeline__title").allTextContents();
    expect(headings).toEqual(["Contact with the family Significant", "Attended a session"]);
    await expectAccessible(page);

    await page.getByLabel("Service", { exact: true }).selectOption({ label: "Added by a practitioner" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByRole("button", { name: /Remove this filter Added by a practitioner/ }).waitFor();
    await page.getByRole("heading", { name: "Attended a session" }).waitFor({ state: "detached" });
    expect(page.url()).toContain("service=manual");
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("chronology.csv");
    const csv = await readFile(await download.path(), "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe('"Date","Time","Service","Event","Session","Summary","About","Significant","Recorded by","Edited"');
    expect(lines.slice(1)).toEqual([
      '"12 March 2026","","Added by a practitioner","Contact with the family","","Mum rang to say Nell has a new social worker","Nell Timeline","Yes","Lena Carter",""',
    ]);
  }, 120_000);
});
