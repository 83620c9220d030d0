import type { TestDatabase } from "@hearth/db/testing";
import { schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixture, type FamilyFixture } from "./family-support";
import { auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Changes made in place on the family record's Members page beyond roles and relationships:
 * contact details, consent given and withdrawn, and the key worker. Each is audited on the family
 * with what it was before. lcss_worker works in North; fss_worker in South.
 */
let t: TestDatabase;
let north: Client;
let familyId: string;
let childId: string;
let parentId: string;
let rowsFor: FamilyFixture["rowsFor"];

beforeAll(async () => {
  ({ t, north, familyId, childId, parentId, rowsFor } = await familyFixture({
    lastName: "Okafor",
    postcode: "OX16 1AA",
    child: { firstName: "Tobi", dateOfBirth: "2018-02-03" },
    parent: { firstName: "Ada", dateOfBirth: "1988-06-07" },
  }));
});
afterAll(() => t.destroy());

describe("contact details", () => {
  it("are changed in place and shown on the record, audited with what changed and what it was", async () => {
    const api = await north.call();
    await api.families.members.changeContact({
      familyId,
      personId: parentId,
      contact: { mobilePhone: "07700 900123", preferredChannel: "sms", consentToContact: false },
    });
    await api.families.members.changeContact({
      familyId,
      personId: parentId,
      contact: {
        mobilePhone: "07700 900456",
        email: "ada@example.com",
        preferredChannel: "email",
        consentToContact: true,
        consentRecordedOn: "2026-01-05",
      },
    });
    const record = await api.families.record({ familyId });
    expect(record.contacts.find((c) => c.personId === parentId)).toMatchObject({
      mobilePhone: "07700900456",
      email: "ada@example.com",
      preferredChannel: "email",
    });
    const [first, second] = (await rowsFor("family.member.contact.change")).filter((r) => r.entityId === familyId);
    expect(first!.detail).toMatchObject({ personId: parentId, before: null });
    expect(second!.detail).toMatchObject({
      fields: expect.arrayContaining(["mobilePhone", "email", "preferredChannel", "consentToContact"]),
      before: { mobilePhone: "07700900123", email: null, preferredChannel: "sms", consentToContact: false },
    });
  });

  it("refuses a channel they cannot be reached by, beside the field, and writes nothing", async () => {
    const api = await north.call();
    const before = (await auditRows(t.db)).length;
    const refused = await rejection(
      api.families.members.changeContact({ familyId, personId: childId, contact: { preferredChannel: "email", consentToContact: false } }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { "contact.preferredChannel": [expect.stringMatching(/email address/)] } });
    expect((await auditRows(t.db)).length).toBe(before);
  });

  it("answers another area's worker as if the family did not exist", async () => {
    const south = await (await signedInAs(t.db, "fss_worker")).call();
    expect(
      await rejection(
        south.families.members.changeContact({
          familyId,
          personId: parentId,
          contact: { preferredChannel: "sms", mobilePhone: "07700 900999", consentToContact: false },
        }),
      ),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("consent", () => {
  it("is given by the person, or on a child's behalf only by someone holding parental responsibility", async () => {
    const api = await north.call();
    const give = { familyId, personId: childId, purpose: "photographs", givenOn: "2026-01-05", method: "verbal" } as const;
    const noPr = await rejection(
      api.families.members.giveConsent({ ...give, givenByPersonId: parentId, givenBy: "parent_with_parental_responsibility" }),
    );
    expect(noPr.fields.givenByPersonId?.[0]).toMatch(/parental responsibility/);
    await api.families.members.changeRelationship({
      familyId,
      personId: parentId,
      relativeId: childId,
      relationship: "parent",
      parentalResponsibility: "birth_mother",
    });
    const given = await api.families.members.giveConsent({ ...give, givenByPersonId: parentId, givenBy: "parent_with_parental_responsibility" });
    const record = await api.families.record({ familyId });
    expect(record.consents.find((c) => c.id === given.id)).toMatchObject({ purpose: "photographs", givenByPersonId: parentId, withdrawnOn: null });
    const [audited] = await rowsFor("family.consent.give");
    expect(audited!.detail).toMatchObject({ consentId: given.id, personId: childId, purpose: "photographs", before: null });
  });

  it("is withdrawn with a date and reason, once, and never before it was given", async () => {
    const api = await north.call();
    const { id } = await api.families.members.giveConsent({
      familyId,
      personId: parentId,
      givenByPersonId: parentId,
      givenBy: "the_person",
      purpose: "share_information",
      givenOn: "2026-02-01",
      method: "written",
    });
    const early = await rejection(
      api.families.members.withdrawConsent({ familyId, consentId: id, withdrawnOn: "2026-01-01", reason: "Changed her mind" }),
    );
    expect(early.fields.withdrawnOn?.[0]).toMatch(/before the date it was given/);
    await api.families.members.withdrawConsent({ familyId, consentId: id, withdrawnOn: "2026-03-01", reason: "Changed her mind" });
    expect(
      await rejection(api.families.members.withdrawConsent({ familyId, consentId: id, withdrawnOn: "2026-03-02", reason: "Again" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    const [stored] = await t.db.select().from(schema.consentRecords).where(eq(schema.consentRecords.id, id));
    expect(stored).toMatchObject({ withdrawnOn: "2026-03-01", withdrawalReason: "Changed her mind" });
    const [audited] = await rowsFor("family.consent.withdraw");
    expect(audited!.detail).toMatchObject({ consentId: id, withdrawnOn: "2026-03-01", before: { withdrawnOn: null } });
  });
});

describe("key worker", () => {
  it("is chosen from practitioners who can open the family's area, shown on the identity bar, and audited", async () => {
    const api = await north.call();
    const { staff } = await api.families.keyWorker.candidates({ familyId });
    const [me] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker")).limit(1);
    expect(staff.map((s) => s.id)).toContain(me!.id);
    const [southWorker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "fss_worker")).limit(1);
    expect(staff.map((s) => s.id)).not.toContain(southWorker!.id);
    expect(await rejection(api.families.keyWorker.set({ familyId, staffId: southWorker!.id }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { staffId: [expect.any(String)] },
    });

    await api.families.keyWorker.set({ familyId, staffId: me!.id });
    expect((await api.families.record({ familyId })).keyWorker).toMatchObject({ id: me!.id, displayName: me!.displayName });
    await api.families.keyWorker.set({ familyId, staffId: null });
    expect((await api.families.record({ familyId })).keyWorker).toBeNull();
    const [set, cleared] = await rowsFor("family.keyWorker.set");
    expect(set!.detail).toMatchObject({ before: { keyWorkerId: null }, after: { keyWorkerId: me!.id } });
    expect(cleared!.detail).toMatchObject({ before: { keyWorkerId: me!.id }, after: { keyWorkerId: null } });
  });
});
