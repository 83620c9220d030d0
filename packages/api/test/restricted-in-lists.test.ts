import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { rawRows, schema } from "@hearth/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingInput, centreIdOf, daysFromToday, newSession } from "./booking-support";
import { client, signedInAs, type Client } from "./support";

/**
 * Issue 10 §2: a restricted person is hidden from every member of staff not named on the
 * restriction, in every list that names people, not only on the person's own page: a session's
 * register and the centre's day (which the cancel-a-booking page reads), the families to check,
 * and the messages sent to families. Centre staff work at Blackbird Leys; the data officer, who
 * restricts the record and so is named on it, is county-wide.
 */
let t: TestDatabase;
let centreStaff: Client;
let dataOfficer: Client;
let sessionId: string;
let restrictedId: string;
let restrictedBookingId: string;
let otherBookingId: string;
const CONTACT = "County data protection officer";
const HIDDEN = `Restricted record: contact ${CONTACT}`;
const family = () => client(t.db, { ip: "198.51.100.61" }).call();
const restrictedForm = (id: string) =>
  bookingInput(id, {
    carerName: "Marnie Quill",
    mobile: "07700 900555",
    children: [{ firstName: "Zephyrine", dateOfBirth: "2023-06-01", send: false }],
  });

beforeAll(async () => {
  t = await createTestDatabase();
  centreStaff = await signedInAs(t.db, "centre_staff");
  dataOfficer = await signedInAs(t.db, "data_officer");
  sessionId = await newSession(t.db, { capacity: 10, date: daysFromToday(3) });
  await (await family()).bookings.create(restrictedForm(sessionId));
  await (await family()).bookings.create(bookingInput(sessionId));
  const [child] = await t.db.select().from(schema.people).where(eq(schema.people.firstName, "Zephyrine"));
  restrictedId = child!.id;
  const bookings = await t.db.select().from(schema.bookings).where(eq(schema.bookings.sessionId, sessionId));
  restrictedBookingId = bookings.find((b) => b.carerName === "Marnie Quill")!.id;
  otherBookingId = bookings.find((b) => b.carerName !== "Marnie Quill")!.id;
  await (await dataOfficer.call()).restrictions.set({ personId: restrictedId, category: "high_profile", contact: CONTACT });
});
afterAll(() => t.destroy());

/** Whether anything that names the child or their carer is in what staff were sent. */
const namesThem = (answer: unknown) => /Zephyrine|Marnie|Quill|900555|2023-06-01/.test(JSON.stringify(answer));

describe("a restricted child in staff lists", () => {
  it("is on the register and the centre's day only as whom to contact, with the carer's details held back", async () => {
    const api = await centreStaff.call();
    const register = await api.centreSessions.register({ sessionId });
    expect(namesThem(register)).toBe(false);
    const hidden = register.booked.find((b) => b.bookingId === restrictedBookingId)!;
    expect(hidden).toMatchObject({ carerName: HIDDEN, mobile: null, email: null, restricted: true });
    expect(hidden.children).toEqual([
      { personId: restrictedId, firstName: HIDDEN, lastName: "", dateOfBirth: "", age: "", attendance: null, restricted: true },
    ]);
    // Everyone else on the register is shown as before.
    expect(register.booked.find((b) => b.bookingId === otherBookingId)).toMatchObject({ restricted: false, mobile: expect.stringMatching(/^07700/) });

    const day = await api.centreSessions.day({ centreId: await centreIdOf(t.db, "blackbird-leys"), date: daysFromToday(3) });
    expect(day.sessions.map((s) => s.session.id)).toContain(sessionId);
    expect(namesThem(day)).toBe(false);
  });

  it("is shown in full to staff named on the restriction", async () => {
    const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "centre_staff")).limit(1);
    await (await dataOfficer.call()).restrictions.allowStaff({ personId: restrictedId, staffId: staff!.id });
    try {
      const register = await (await centreStaff.call()).centreSessions.register({ sessionId });
      expect(register.booked.find((b) => b.bookingId === restrictedBookingId)).toMatchObject({
        carerName: "Marnie Quill",
        restricted: false,
        children: [{ firstName: "Zephyrine", restricted: false }],
      });
    } finally {
      await (await dataOfficer.call()).restrictions.removeStaff({ personId: restrictedId, staffId: staff!.id });
    }
  });

  it("is held back from the families to check", async () => {
    const [known] = await t.db.select({ id: schema.families.id }).from(schema.families).where(sql`${schema.families.id} <> (
      select family_id from bookings where id = ${restrictedBookingId})`);
    await t.db.execute(sql`
      insert into possible_family_matches (family_id, existing_family_id, reason)
      select family_id, ${known!.id}, 'same_mobile' from bookings where id = ${restrictedBookingId}`);
    const matches = await (await centreStaff.call()).familyMatches.list();
    const members = matches.flatMap((m) => [...m.family.members, ...m.existingFamily.members]);
    expect(members.find((m) => m.personId === restrictedId)).toMatchObject({ firstName: HIDDEN, restricted: true });
    expect(namesThem(members)).toBe(false);
  });

  it("is held back from the messages sent to the family, delivered or failed", async () => {
    const [delivered] = await rawRows<{ id: number }>(
      t.db,
      sql`insert into notification_deliveries (idempotency_key, kind, booking_id, transport, status)
        values ('restricted-list-sent', 'booking-confirmed', ${restrictedBookingId}, 'outbox', 'delivered') returning id`,
    );
    await t.db.execute(sql`
      insert into outbox_messages (delivery_id, channel, recipient, subject, body)
      values (${delivered!.id}, 'sms', '07700 900555', 'Booked', 'Marnie, Zephyrine is booked for Stay and play')`);
    await t.db.execute(sql`
      insert into notification_deliveries (idempotency_key, kind, booking_id, transport, status, last_error)
      values ('restricted-list-failed', 'booking-reminder', ${restrictedBookingId}, 'outbox', 'permanent_failure', 'Phone number not in use')`);
    const api = await centreStaff.call();
    const outbox = await api.notifications.outbox({ limit: 50 });
    expect(outbox).toContainEqual(expect.objectContaining({ recipient: HIDDEN, body: HIDDEN }));
    expect(namesThem(outbox)).toBe(false);
    const failed = await api.notifications.failed({ limit: 50 });
    expect(failed).toContainEqual(expect.objectContaining({ carerName: HIDDEN }));
    expect(namesThem(failed)).toBe(false);
  });
});
