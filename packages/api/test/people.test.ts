import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows, recordsOf, rejection, signedInAs, type Client } from "./support";

let t: TestDatabase;
let worker: Client;
beforeAll(async () => {
  t = await createTestDatabase();
  worker = await signedInAs(t.db, "lcss_worker"); // North
});
afterAll(() => t.destroy());

const joanne = { firstName: "Joanne", lastName: "Smith", dateOfBirth: "2017-03-14", postcode: "ox16 9qa", nhsNumber: "943 476 5919" };

describe("the person index", () => {
  it("creates a person, normalising the postcode and placing them in the postcode's area", async () => {
    const result = await (await worker.call()).people.create(joanne);
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    expect(result.person).toMatchObject({ postcode: "OX16 9QA", nhsNumber: "9434765919", source: "staff" });
    expect(result.person.areaId).not.toBeNull();
  });

  it("finds people by part of their name, in any order and case", async () => {
    const api = await worker.call();
    for (const name of ["jo smi", "SMITH", "anne"]) {
      const found = await api.people.search({ name });
      expect(found.map((p) => ("firstName" in p ? p.firstName : null))).toContain("Joanne");
    }
    expect(await api.people.search({ name: "zzzz" })).toEqual([]);
  });

  it("finds people by date of birth and by the start of a postcode", async () => {
    const api = await worker.call();
    expect((await api.people.search({ dateOfBirth: "2017-03-14" })).map((p) => ("lastName" in p ? p.lastName : null))).toContain("Smith");
    expect((await api.people.search({ postcode: "ox16" })).map((p) => ("lastName" in p ? p.lastName : null))).toContain("Smith");
  });

  it("shows likely matches for the same name and date of birth instead of making a second record", async () => {
    const api = await worker.call();
    const again = await api.people.create({ firstName: "joanne", lastName: "SMITH", dateOfBirth: "2017-03-14" });
    expect(again).toMatchObject({ status: "possible_duplicates", matches: [expect.objectContaining({ firstName: "Joanne" })] });
    const confirmed = await api.people.create({
      firstName: "joanne",
      lastName: "SMITH",
      dateOfBirth: "2017-03-14",
      confirmedNotDuplicate: true,
    });
    expect(confirmed.status).toBe("created");
  });

  it("refuses a second person with the same NHS number, on that field", async () => {
    const api = await worker.call();
    const refused = await rejection(
      api.people.create({ firstName: "Other", lastName: "Child", dateOfBirth: "2015-01-01", nhsNumber: "9434765919", confirmedNotDuplicate: true }),
    );
    expect(refused).toEqual({
      code: "CONFLICT",
      fields: { nhsNumber: ["Someone with this NHS number is already recorded: search for them instead"] },
    });
  });

  it("rejects impossible input with a message per field and writes nothing", async () => {
    const api = await worker.call();
    const before = (await api.people.search({ name: "Future" })).length;
    expect(await rejection(api.people.create({ firstName: "Future", lastName: "Baby", dateOfBirth: "2090-01-01" }))).toEqual({
      code: "BAD_REQUEST",
      fields: { dateOfBirth: ["Date of birth must be today or in the past"] },
    });
    const several = await rejection(
      api.people.create({ firstName: "", lastName: "X", dateOfBirth: "2020-02-30", nhsNumber: "1234567890", upn: "A123" }),
    );
    expect(several.code).toBe("BAD_REQUEST");
    expect(Object.keys(several.fields).sort()).toEqual(["dateOfBirth", "firstName", "nhsNumber", "upn"]);
    expect(several.fields.firstName).toEqual(["Enter the first name"]);
    expect((await api.people.search({ name: "Future" })).length).toBe(before);
  });

  it("audits every read, search and change with who, what, which record and from where", async () => {
    const api = await worker.call();
    const found = recordsOf(await api.people.search({ name: "joanne" }));
    const person = found[0];
    await api.people.get({ personId: person!.id });
    await api.people.update({ personId: person!.id, changes: { lastName: "Smith-Jones" } });
    const rows = (await auditRows(t.db)).slice(-(found.length + 3));
    expect(rows.map((r) => [r.action, r.entityId])).toEqual([
      ["person.search", null],
      ...found.map((p) => ["person.read-summary", p.id]),
      ["person.read", person!.id],
      ["person.update", person!.id],
    ]);
    for (const row of rows) expect(row).toMatchObject({ outcome: "allowed", actorRole: "lcss_worker", ip: "192.0.2.1", userAgent: "vitest" });
    // What was searched for is personal data: only the kind of criteria is kept.
    expect(JSON.stringify(rows[0]!.detail)).not.toMatch(/joanne/i);
    expect(rows.at(-1)!.detail).toEqual({ fields: ["lastName"] });
  });

  it("keeps families with their members", async () => {
    const api = await worker.call();
    const [person] = recordsOf(await api.people.search({ name: "smith-jones" }));
    const family = await api.families.create({
      name: "Smith-Jones household",
      postcode: "OX16 9QA",
      members: [{ personId: person!.id, role: "child" }],
    });
    const read = await api.families.get({ familyId: family.id });
    expect(read.members).toEqual([expect.objectContaining({ personId: person!.id, role: "child" })]);
    const withFamily = await api.people.get({ personId: person!.id });
    expect(withFamily.families).toEqual([expect.objectContaining({ familyId: family.id, role: "child" })]);
  });
});
