import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { personLinks, schema } from "@hearth/db";
import type { StaffRole } from "@hearth/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSession } from "./booking-support";
import { auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Issue 10 §2: a data officer merges a duplicate person into the record to keep. Everything linked
 * moves in one transaction, the old id leads to the kept record, the merge is audited, and a merge
 * into itself, across a restriction the officer is not named on, or across a pending change is
 * refused. Demo accounts: lcss_worker North, lcss_senior Central; admin and data_officer county-wide.
 */
let t: TestDatabase;
const as: Partial<Record<StaffRole, Client>> = {};
const api = (role: StaffRole) => as[role]!.call();

async function person(firstName: string, extra: { nhsNumber?: string; postcode?: string } = {}) {
  const result = await (
    await api("admin")
  ).people.create({
    firstName,
    lastName: "Merge",
    dateOfBirth: "2019-04-01",
    postcode: extra.postcode ?? "OX16 1AA",
    nhsNumber: extra.nhsNumber,
    confirmedNotDuplicate: true,
  });
  if (result.status !== "created") throw new Error("expected a new person");
  return result.person.id;
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await t.db.execute(query);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/** Every column in the database that points at people.id, from PostgreSQL's own catalogue. */
const personForeignKeys = () =>
  rows<{ table: string; column: string }>(sql`
    select c.conrelid::regclass::text as "table", a.attname as "column"
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.confrelid = 'people'::regclass`);

/** How many rows point at `personId`, over every foreign key to people. */
async function rowsPointingAt(personId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const fk of await personForeignKeys()) {
    const [row] = await rows<{ n: string }>(
      sql`select count(*) as n from ${sql.raw(`"${fk.table}"`)} where ${sql.raw(`"${fk.column}"`)} = ${personId}`,
    );
    if (Number(row!.n)) counts[`${fk.table}.${fk.column}`] = Number(row!.n);
  }
  return counts;
}

async function booking(familyId: string, sessionId: string, children: string[]) {
  const [b] = await t.db
    .insert(schema.bookings)
    .values({
      sessionId,
      reference: `M${randomUUID().slice(0, 7)}`,
      idempotencyKey: randomUUID(),
      familyId,
      carerName: "Parent Merge",
      mobile: "07700900111",
      preferredChannel: "sms",
      postcode: "OX16 1AA",
      consentToContact: false,
      places: children.length,
      status: "booked",
    })
    .returning();
  await t.db.insert(schema.bookingChildren).values(children.map((personId) => ({ bookingId: b!.id, personId })));
  return b!.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  for (const role of ["admin", "data_officer", "lcss_worker", "lcss_senior"] as const) as[role] = await signedInAs(t.db, role);
});
afterAll(() => t.destroy());

describe("merging a duplicate person", () => {
  let keepId: string;
  let duplicateId: string;
  let parentId: string;
  let ownFamily: string;
  let sharedFamily: string;

  beforeAll(async () => {
    keepId = await person("Jayden");
    duplicateId = await person("Jaden", { nhsNumber: "9434765919" });
    parentId = await person("Pat");
    const admin = await api("admin");
    ownFamily = (
      await admin.families.create({
        name: "Merge household",
        postcode: "OX16 1AA",
        members: [
          { personId: duplicateId, role: "child" },
          { personId: parentId, role: "parent_carer" },
        ],
      })
    ).id;
    sharedFamily = (
      await admin.families.create({
        name: "Merge grandparents",
        postcode: "OX16 1AA",
        members: [
          { personId: duplicateId, role: "child" },
          { personId: keepId, role: "child" },
        ],
      })
    ).id;
    await t.db.insert(schema.personOtherNames).values({ personId: duplicateId, kind: "known_as", name: "Jay Merge" });
    const [s1, s2] = [
      await newSession(t.db, { capacity: 10, centre: "banbury" }),
      await newSession(t.db, { capacity: 10, centre: "banbury", title: "Rhyme time" }),
    ];
    await booking(ownFamily, s1, [duplicateId]);
    const both = await booking(sharedFamily, s2, [duplicateId, keepId]);
    await t.db.insert(schema.sessionAttendances).values([
      { sessionId: s1, personId: duplicateId, status: "attended", walkIn: true, familyId: ownFamily },
      { sessionId: s2, personId: duplicateId, bookingId: both, status: "attended" },
      { sessionId: s2, personId: keepId, bookingId: both, status: "attended" },
    ]);
    await (
      await api("lcss_worker")
    ).chronology.addEntry({ familyId: ownFamily, personId: duplicateId, occurredOn: "2026-11-02", kind: "home_visit", summary: "Visited at home" });
    await t.db.insert(schema.personRelationships).values([
      { personId: parentId, relativeId: duplicateId, relationship: "parent" },
      { personId: keepId, relativeId: duplicateId, relationship: "sibling" },
    ]);
    await t.db
      .insert(schema.contactDetails)
      .values({ personId: duplicateId, preferredChannel: "sms", mobilePhone: "07700900222", consentToContact: false });
    const [worker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker")).limit(1);
    await t.db.insert(schema.formDrafts).values({ staffId: worker!.id, formKey: `person.update:${duplicateId}`, data: {} });
  });

  it("knows every column that points at a person", async () => {
    const known = new Set(personLinks.map((l) => `${l.table}.${l.column}`));
    const missing = (await personForeignKeys()).map((fk) => `${fk.table}.${fk.column}`).filter((k) => !known.has(k) && k !== "people.merged_into_id");
    expect(missing).toEqual([]);
  });

  it("shows both records side by side with what would move, and refuses nothing yet", async () => {
    const review = await (await api("data_officer")).people.mergeReview({ duplicateId, keepId });
    expect(review.refusal).toBeNull();
    expect(review.duplicate).toMatchObject({ id: duplicateId, firstName: "Jaden", nhsNumber: "9434765919" });
    expect(review.keep).toMatchObject({ id: keepId, firstName: "Jayden" });
    expect(review.duplicate.linked).toMatchObject({
      "family_members.person_id": 2,
      "booking_children.person_id": 2,
      "session_attendances.person_id": 2,
      "chronology_entries.person_id": 1,
    });
    const reads = (await auditRows(t.db)).filter((r) => r.action === "person.read" && (r.detail as { via?: string } | null)?.via === "merge review");
    expect(reads.map((r) => r.entityId).sort()).toEqual([duplicateId, keepId].sort());
  });

  it("moves every linked row to the kept record in one go, audited with both ids and the counts", async () => {
    const before = await rowsPointingAt(duplicateId);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(7);
    const result = await (await api("data_officer")).people.merge({ duplicateId, keepId });
    expect(result).toMatchObject({ keptId: keepId, mergedId: duplicateId });

    // Nothing points at the duplicate any more, bar its own row's pointer to the kept record.
    expect(await rowsPointingAt(duplicateId)).toEqual({});
    const after = await rowsPointingAt(keepId);
    // One membership each of the two families (the shared one was already the kept record's).
    const memberships = await t.db.select().from(schema.familyMembers).where(eq(schema.familyMembers.personId, keepId));
    expect(memberships.map((m) => m.familyId).sort()).toEqual([ownFamily, sharedFamily].sort());
    expect(after).toMatchObject({
      "family_members.person_id": 2,
      "booking_children.person_id": 2,
      "session_attendances.person_id": 2,
      "chronology_entries.person_id": 1,
      "person_other_names.person_id": 1,
      "contact_details.person_id": 1,
      "person_relationships.relative_id": 1,
      "people.merged_into_id": 1,
    });
    const [kept] = await t.db.select().from(schema.people).where(eq(schema.people.id, keepId));
    expect(kept!.nhsNumber).toBe("9434765919");
    const [old] = await t.db.select().from(schema.people).where(eq(schema.people.id, duplicateId));
    expect(old).toMatchObject({ mergedIntoId: keepId, nhsNumber: null });
    const drafts = await t.db.select().from(schema.formDrafts);
    expect(drafts.map((d) => d.formKey)).toContain(`person.update:${keepId}`);

    const merges = (await auditRows(t.db)).filter((r) => r.action === "person.merge" && r.outcome === "allowed");
    expect(merges.map((r) => r.entityId).sort()).toEqual([duplicateId, keepId].sort());
    expect(merges[0]!.detail).toMatchObject({
      duplicateId,
      keepId,
      moved: { "family_members.person_id": 1, "chronology_entries.person_id": 1 },
      dropped: { "family_members.person_id": 1 },
    });
  });

  it("leads the old id to the kept record, and search finds only the kept one", async () => {
    const opened = await (await api("lcss_worker")).people.get({ personId: duplicateId });
    expect(opened).toMatchObject({ id: keepId, firstName: "Jayden", mergedFromId: duplicateId });
    const found = await (await api("lcss_worker")).people.search({ name: "Jaden Merge" });
    expect(found.filter((p) => p.kind === "record").map((p) => (p.kind === "record" ? p.id : ""))).not.toContain(duplicateId);
  });

  it("refuses changes to the merged id, and a second merge of it", async () => {
    expect(await rejection((await api("lcss_worker")).people.update({ personId: duplicateId, changes: { lastName: "Again" } }))).toMatchObject({
      code: "CONFLICT",
    });
    const again = await (await api("data_officer")).people.merge({ duplicateId, keepId }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already been merged/) });
  });
});

describe("refusing a merge", () => {
  it("of a record into itself", async () => {
    const id = await person("Solo");
    const refused = await rejection((await api("data_officer")).people.merge({ duplicateId: id, keepId: id }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { keepId: [expect.stringMatching(/into itself/)] } });
  });

  it("into or from a restricted record the officer is not named on, and allows it once named", async () => {
    const [a, b] = [await person("Rest", { postcode: "OX4 1AA" }), await person("Resta", { postcode: "OX4 1AA" })];
    await (await api("lcss_senior")).restrictions.set({ personId: a, category: "adoption", contact: "Central LCSS manager" });
    for (const input of [
      { duplicateId: a, keepId: b },
      { duplicateId: b, keepId: a },
    ])
      expect(await rejection((await api("data_officer")).people.merge(input))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rowsPointingAt(b)).toEqual({});
    const [officer] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "data_officer")).limit(1);
    await (await api("lcss_senior")).restrictions.allowStaff({ personId: a, staffId: officer!.id });
    await (await api("data_officer")).people.merge({ duplicateId: a, keepId: b });
    // The restriction follows the person: the kept record is now restricted, with the same staff named.
    const [restriction] = await t.db.select().from(schema.personRestrictions).where(eq(schema.personRestrictions.personId, b));
    expect(restriction).toMatchObject({ category: "adoption" });
    expect(await rejection((await api("admin")).people.get({ personId: b }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("across a possible family match still waiting for a decision, or two different NHS numbers", async () => {
    const [a, b, c] = [await person("Pend"), await person("Penda"), await person("Pendb")];
    const admin = await api("admin");
    const fa = (await admin.families.create({ name: "Pending one", members: [{ personId: a, role: "child" }], postcode: "OX16 1AA" })).id;
    const fc = (await admin.families.create({ name: "Pending two", members: [{ personId: c, role: "child" }], postcode: "OX16 1AA" })).id;
    await t.db.insert(schema.possibleFamilyMatches).values({ familyId: fa, existingFamilyId: fc, reason: "same_mobile" });
    const pending = await (await api("data_officer")).people.merge({ duplicateId: a, keepId: b }).catch((e: unknown) => e);
    expect(pending).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/waiting for a decision/) });
    const review = await (await api("data_officer")).people.mergeReview({ duplicateId: a, keepId: b });
    expect(review.refusal).toMatch(/waiting for a decision/);

    const [n1, n2] = [await person("Nhsa", { nhsNumber: "9434765870" }), await person("Nhsb", { nhsNumber: "4010232137" })];
    const twoPeople = await (await api("data_officer")).people.merge({ duplicateId: n1, keepId: n2 }).catch((e: unknown) => e);
    expect(twoPeople).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/NHS numbers/) });
    const denials = (await auditRows(t.db)).filter((r) => r.action === "person.merge" && r.outcome === "denied");
    expect(denials.length).toBeGreaterThanOrEqual(2);
  });

  it("by anyone but a data officer or an administrator", async () => {
    const [a, b] = [await person("Role"), await person("Rolea")];
    for (const role of ["lcss_worker", "lcss_senior"] as const)
      expect(await rejection((await api(role)).people.merge({ duplicateId: a, keepId: b })), role).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the LA child ID (issue 12 §3)", () => {
  const referral = (personId: string, referralDate = "2026-05-01") =>
    t.db.insert(schema.cinReferrals).values({ personId, referralDate, referralSource: "1A", primaryNeed: "N1", referralNfa: false }).returning();
  const laChildIdOf = async (personId: string) =>
    (await t.db.select({ id: schema.people.laChildId }).from(schema.people).where(eq(schema.people.id, personId)))[0]!.id;

  it("is given with the first referral, in the census's format, and never changes after", async () => {
    const child = await person("Lachlan");
    expect(await laChildIdOf(child)).toBeNull();
    const [first] = await referral(child);
    const given = await laChildIdOf(child);
    expect(given).toMatch(/^[A-Z0-9]{20}$/);
    await referral(child, "2026-09-01");
    await t.db.update(schema.cinReferrals).set({ referralDate: "2026-04-20" }).where(eq(schema.cinReferrals.id, first!.id));
    expect(await laChildIdOf(child)).toBe(given);
    // Rules 1570 and 1580 hold in the database too: nothing longer than 20, letters and digits only.
    await expect(t.db.execute(sql`update people set la_child_id = 'NOT-VALID' where id = ${child}`)).rejects.toBeTruthy();
    await expect(t.db.execute(sql`update people set la_child_id = ${"A".repeat(21)} where id = ${child}`)).rejects.toBeTruthy();
  });

  it("stays with each record through a merge: the kept one keeps its own, the duplicate's is never reused", async () => {
    const [keep, duplicate] = [await person("Lacey"), await person("Lacy")];
    await referral(keep);
    await referral(duplicate);
    const [keptId, duplicateId] = [await laChildIdOf(keep), await laChildIdOf(duplicate)];
    await (await api("data_officer")).people.merge({ duplicateId: duplicate, keepId: keep });
    expect(await laChildIdOf(keep)).toBe(keptId);
    expect(await laChildIdOf(duplicate)).toBe(duplicateId);
    const holders = await rows<{ n: string }>(sql`select count(*) as n from people where la_child_id = ${duplicateId}`);
    expect(Number(holders[0]!.n)).toBe(1);
  });

  it("is given to a kept record that had no referral of its own when the duplicate's move to it", async () => {
    const [keep, duplicate] = [await person("Lane"), await person("Layne")];
    await referral(duplicate);
    const duplicateId = await laChildIdOf(duplicate);
    await (await api("data_officer")).people.merge({ duplicateId: duplicate, keepId: keep });
    const kept = await laChildIdOf(keep);
    expect(kept).toMatch(/^[A-Z0-9]{20}$/);
    expect(kept).not.toBe(duplicateId);
    expect(await laChildIdOf(duplicate)).toBe(duplicateId);
  });
});

describe("a merge that fails part-way", () => {
  it("writes nothing at all", async () => {
    const [a, b] = [await person("Half"), await person("Halfa")];
    const family = (
      await (await api("admin")).families.create({ name: "Half household", members: [{ personId: a, role: "child" }], postcode: "OX16 1AA" })
    ).id;
    await (
      await api("lcss_worker")
    ).chronology.addEntry({ familyId: family, personId: a, occurredOn: "2026-11-02", kind: "note", summary: "A note" });
    const before = await rowsPointingAt(a);
    // Memberships move before chronology entries: a failure there must undo the memberships too.
    await t.db.execute(sql`create function refuse_merge() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
    await t.db.execute(sql`create trigger refuse_merge before update on chronology_entries for each row execute function refuse_merge()`);
    try {
      await expect((await api("data_officer")).people.merge({ duplicateId: a, keepId: b })).rejects.toBeTruthy();
    } finally {
      await t.db.execute(sql`drop trigger refuse_merge on chronology_entries`);
      await t.db.execute(sql`drop function refuse_merge()`);
    }
    expect(await rowsPointingAt(a)).toEqual(before);
    expect(await rowsPointingAt(b)).toEqual({});
    const [row] = await t.db.select().from(schema.people).where(eq(schema.people.id, a));
    expect(row!.mergedIntoId).toBeNull();
    expect((await auditRows(t.db)).filter((r) => r.action === "person.merge" && r.entityId === a && r.outcome === "allowed")).toEqual([]);
  });
});
