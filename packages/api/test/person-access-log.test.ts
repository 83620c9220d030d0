import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingInput, newSession } from "./booking-support";
import { auditRows, client, signedInAs } from "./support";

/**
 * Who looked at whom: a child booked by their parent on a Blackbird Leys session (Central) is read
 * in their family's record, on the session's register, refused to a North worker who then breaks
 * the glass; the data officer's list shows each, and a manager sees it only for their own area.
 */
let t: TestDatabase;
let childId: string;
let familyId: string;
const reason = "Checking a referral from a North school about this child";

beforeAll(async () => {
  t = await createTestDatabase();
  const sessionId = await newSession(t.db, { capacity: 10 });
  const booked = await (await client(t.db).call()).bookings.create(bookingInput(sessionId));
  const [booking] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, booked.reference));
  familyId = booking!.familyId;
  const [child] = await t.db.select().from(schema.bookingChildren).where(eq(schema.bookingChildren.bookingId, booking!.id));
  childId = child!.personId!;

  await (await (await signedInAs(t.db, "centre_staff")).call()).centreSessions.register({ sessionId });
  await (await (await signedInAs(t.db, "admin")).call()).families.get({ familyId });
  const north = await (await signedInAs(t.db, "lcss_worker")).call();
  await expect(north.people.get({ personId: childId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await north.recordAccess.breakGlass({ personId: childId, reason });
});
afterAll(() => t.destroy());

describe("who looked at whom", () => {
  it("lists reads in a family and on a register, refusals and breaks of the glass, with reasons", async () => {
    const log = await (await (await signedInAs(t.db, "data_officer")).call()).records.accessLog({ personId: childId });
    const seen = log.entries.map((e) => `${e.who.split(" (")[0]}|${e.kind}|${e.route}|${e.action}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        "Cal Evans|read|list|open_access_session.register.read",
        "Ada Brooks|read|family|family.read",
        "Ada Brooks|read|record|person.read",
        "Lena Carter|refused|record|person.read",
        "Lena Carter|break_glass|record|person.break_glass",
      ]),
    );
    expect(log.entries.find((e) => e.kind === "break_glass")?.reason).toBe(reason);
    expect(log.truncated).toBe(false);
    // The look is itself audited against the child, so it shows in the next look.
    const again = await (await (await signedInAs(t.db, "data_officer")).call()).records.accessLog({ personId: childId });
    expect(again.entries[0]).toMatchObject({ action: "person.accessLog.read", who: expect.stringContaining("Dana Reid") });
  });

  it("shows a manager their own area's people only, refusing others as unknown and auditing it", async () => {
    const central = await (await signedInAs(t.db, "lcss_senior")).call();
    expect((await central.records.accessLog({ personId: childId })).person.areaName).toBe("Central");
    const banbury = await (await signedInAs(t.db, "centre_manager")).call();
    await expect(banbury.records.accessLog({ personId: childId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const refused = (await auditRows(t.db)).filter((r) => r.action === "person.accessLog.read" && r.outcome === "denied");
    expect(refused).toEqual([expect.objectContaining({ actorRole: "centre_manager", entityId: childId })]);
    // Practitioners who are not record guardians are refused outright.
    await expect((await (await signedInAs(t.db, "lcss_worker")).call()).records.accessLog({ personId: childId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("downloads the list as CSV, and the download is audited", async () => {
    const csv = await (await (await signedInAs(t.db, "data_officer")).call()).records.accessLogCsv({ personId: childId });
    const lines = csv.csv.trim().split("\r\n");
    expect(lines[0]).toBe("When,Who,Role,What,How they were shown,Audited action,Reason given");
    expect(csv.csv).toContain("A list or register that showed them");
    expect(csv.csv).toContain(`Broke the glass,Their own record,person.break_glass,${reason}`);
    expect(csv.filename).toMatch(/^access-log-.*\.csv$/);
    const download = (await auditRows(t.db)).filter((r) => r.action === "person.accessLog.download");
    expect(download).toEqual([expect.objectContaining({ entityId: childId, outcome: "allowed", detail: { rows: lines.length - 1 } })]);
  });
});

describe("subject access export", () => {
  it("gathers everything held about the person across services into one reviewable document, audited", async () => {
    const officer = await (await signedInAs(t.db, "data_officer")).call();
    const doc = await officer.records.subjectAccess({ personId: childId });
    const titles = doc.sections.map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Details held on the person index",
        "Relationships",
        "Consent",
        "Who has looked at the record",
        expect.stringMatching(/^Centre bookings/),
      ]),
    );
    const person = doc.sections.find((s) => s.key === "person")!.items[0]!;
    expect(person).toMatchObject({ id: childId, dateOfBirth: "2024-03-15" });
    expect(doc.sections.find((s) => s.key.startsWith("bookings-"))!.items).toHaveLength(1);
    expect(doc.sections.find((s) => s.key === "access-log")!.items.some((i) => i.what === "Broke the glass" && i.reason === reason)).toBe(true);
    const rows = (await auditRows(t.db)).filter((r) => r.action === "person.subjectAccess.export" || r.action === "family.subjectAccess.read");
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "person.subjectAccess.export", entityId: childId, actorRole: "data_officer" }),
        expect.objectContaining({ action: "family.subjectAccess.read", entityId: familyId }),
      ]),
    );
    // Only the data officer answers subject access requests.
    await expect((await (await signedInAs(t.db, "lcss_senior")).call()).records.subjectAccess({ personId: childId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
