import { saveRestriction, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bookAsFamily, sessionTomorrowAtLeys } from "./centre-fixtures";
import { expectAccessible, signInAt, staffByEmail, usePlatform } from "./harness";

/**
 * Issue 10 §2 on the centre staff screens: a restricted child booked at a session is on the
 * register and the cancel-a-booking page only as whom to contact, with the carer held back, for
 * centre staff not named on the restriction. axe on both pages.
 */
const platformOf = usePlatform();

describe("a restricted child on a centre's register, in a real browser", () => {
  it("shows centre staff whom to contact, not the child or their carer, and still lets them cancel the booking", async () => {
    const db = platformOf().db.db;
    const { sessionId } = await sessionTomorrowAtLeys(db, "Rhyme time", { startTime: "10:00", endTime: "11:00" });
    await bookAsFamily(db, sessionId, "Wilhelmina");
    const [child] = await db.select().from(schema.people).where(eq(schema.people.firstName, "Wilhelmina"));
    await saveRestriction(db, {
      personId: child!.id,
      category: "adoption",
      note: null,
      contact: "Central FSS manager",
      restrictedBy: (await staffByEmail(platformOf(), "data.officer@hearth.test")).id,
      restrictedAt: new Date(),
    });

    const page = await platformOf().newPage();
    await signInAt(page, platformOf(), `/centres/staff/sessions/${sessionId}/register`, "centre.staff@hearth.test");
    await page.getByRole("heading", { name: "Register: Rhyme time" }).waitFor();
    const booked = page.getByRole("table", { name: /Booked children/ });
    await booked.getByRole("rowheader", { name: "Restricted record: contact Central FSS manager" }).waitFor();
    expect(await page.content()).not.toMatch(/Wilhelmina|Priya|900123/);
    await expectAccessible(page);

    await page.getByRole("link", { name: /Cancel booking/ }).click();
    await page.getByRole("heading", { level: 1, name: "Cancel this booking" }).waitFor();
    expect(await page.content()).not.toMatch(/Wilhelmina|Priya|900123/);
    await expectAccessible(page);
  });
});
