import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Correcting a manual chronology entry: by its author or a manager, never a service's event, and
 * never losing what the entry said before. North: lcss_worker, centre_manager; South: fss_worker.
 */
let t: TestDatabase;
let author: Client;
let familyId: string;
let childId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  author = await signedInAs(t.db, "lcss_worker");
  const api = await author.call();
  const child = await api.people.create({ firstName: "Mia", lastName: "Corrie", dateOfBirth: "2019-02-03", postcode: "OX16 1AA" });
  if (child.status !== "created") throw new Error("expected a new person");
  childId = child.person.id;
  familyId = (await api.families.create({ name: "Corrie household", postcode: "OX16 1AA", members: [{ personId: childId, role: "child" }] })).id;
});
afterAll(() => t.destroy());

const newEntry = async () =>
  (await (await author.call()).chronology.addEntry({ familyId, occurredOn: "2026-03-01", kind: "note", summary: "Phoned mum" })).id;

describe("editing a manual chronology entry", () => {
  it("lets the author correct it, keeps the version it replaced and shows it as edited", async () => {
    const api = await author.call();
    const entryId = await newEntry();
    const listed = (await api.chronology.list({ familyId })).events.find((e) => e.id === `entry:${entryId}`);
    expect(listed?.entry).toMatchObject({ id: entryId, mayEdit: true, editedAt: null, occurredOn: "2026-03-01" });

    await api.chronology.editEntry({
      entryId,
      personId: childId,
      occurredOn: "2026-03-02",
      kind: "home_visit",
      summary: "Home visit: mum and Mia well",
      significant: true,
    });
    const after = (await api.chronology.list({ familyId })).events.find((e) => e.id === `entry:${entryId}`);
    expect(after).toMatchObject({ kind: "home_visit", summary: "Home visit: mum and Mia well", significant: true, personIds: [childId] });
    expect(after?.entry?.editedAt).toEqual(expect.any(String));

    const versions = await t.db.select().from(schema.chronologyEntryVersions).where(eq(schema.chronologyEntryVersions.entryId, entryId));
    expect(versions).toMatchObject([{ summary: "Phoned mum", kind: "note", occurredOn: "2026-03-01", significant: false, personId: null }]);
    const audited = (await auditRows(t.db)).filter((r) => r.action === "chronology.editEntry" && r.outcome === "allowed");
    expect(audited.find((r) => r.entityType === "family")!.detail).toMatchObject({
      entryId,
      fields: expect.arrayContaining(["personId", "occurredOn", "kind", "summary", "significant"]),
      before: { kind: "note", occurredOn: "2026-03-01", significant: false, personId: null },
    });
    expect(JSON.stringify(audited.map((r) => r.detail))).not.toContain("Phoned mum");
    expect(audited.some((r) => r.entityType === "person" && r.entityId === childId)).toBe(true);
  });

  it("refuses another practitioner who is not a manager, and lets a manager of the area correct it", async () => {
    const entryId = await newEntry();
    const colleague = await (await signedInAs(t.db, "centre_staff")).call();
    // centre_staff work in Central: the family is not theirs to see at all.
    expect(await rejection(colleague.chronology.editEntry({ entryId, occurredOn: "2026-03-01", kind: "note", summary: "Not mine" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const manager = await (await signedInAs(t.db, "centre_manager")).call();
    expect((await manager.chronology.list({ familyId })).events.find((e) => e.id === `entry:${entryId}`)?.entry?.mayEdit).toBe(true);
    await manager.chronology.editEntry({ entryId, occurredOn: "2026-03-01", kind: "concern", summary: "Phoned mum", significant: true });
  });

  it("refuses a non-author who is not a manager, audited as denied", async () => {
    const entryId = await newEntry();
    const [other] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker"));
    const [someoneElse] = await t.db
      .insert(schema.staffUsers)
      .values({ email: "second.worker@hearth.test", displayName: "Second Worker", role: "lcss_worker", areaId: other!.areaId })
      .returning();
    await t.db.update(schema.chronologyEntries).set({ recordedBy: someoneElse!.id }).where(eq(schema.chronologyEntries.id, entryId));
    const api = await author.call();
    expect((await api.chronology.list({ familyId })).events.find((e) => e.id === `entry:${entryId}`)?.entry?.mayEdit).toBe(false);
    expect(await rejection(api.chronology.editEntry({ entryId, occurredOn: "2026-03-01", kind: "note", summary: "Rewritten" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const denied = (await auditRows(t.db)).filter((r) => r.action === "chronology.editEntry" && r.outcome === "denied");
    expect(denied.some((r) => r.entityId === entryId)).toBe(true);
  });

  it("refuses an edit that changes nothing, and an unknown entry", async () => {
    const api = await author.call();
    const entryId = await newEntry();
    expect(await rejection(api.chronology.editEntry({ entryId, occurredOn: "2026-03-01", kind: "note", summary: "Phoned mum" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await rejection(
        api.chronology.editEntry({ entryId: "00000000-0000-4000-8000-000000000000", occurredOn: "2026-03-01", kind: "note", summary: "x" }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});
