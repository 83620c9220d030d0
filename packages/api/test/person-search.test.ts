import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { ageInYears } from "@hearth/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows, recordsOf, rejection, signedInAs, type Client } from "./support";

let t: TestDatabase;
let worker: Client; // North
let admin: Client; // county-wide
let jaydenId: string;
let southId: string;

const today = () => new Date().toISOString().slice(0, 10);
const jayden = {
  firstName: "Jayden",
  lastName: "Smith",
  dateOfBirth: "2016-07-02",
  postcode: "OX16 9QA",
  nhsNumber: "943 476 5919",
};
// Abingdon (OX14) is in the South: the North worker may know Kayleigh exists, never her record.
const kayleigh = {
  firstName: "Kayleigh",
  lastName: "Thornbury",
  dateOfBirth: "2015-02-20",
  postcode: "OX14 3AA",
};

async function created(api: Client, person: Record<string, unknown>) {
  const result = await (await api.call()).people.create(person as never);
  if (result.status !== "created") throw new Error(`expected a new record, got ${result.status}`);
  return result.person.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await signedInAs(t.db, "lcss_worker");
  admin = await signedInAs(t.db, "admin");
  jaydenId = await created(worker, jayden);
  southId = await created(admin, kayleigh);
  await created(worker, {
    firstName: "Amelia",
    lastName: "Okafor",
    dateOfBirth: "2019-11-30",
    postcode: "OX16 1AB",
  });
  await t.db.insert(schema.personOtherNames).values([
    { personId: jaydenId, kind: "known_as", name: "JJ Smith" },
    { personId: jaydenId, kind: "former", name: "Jayden Brookes" },
  ]);
  await t.db.insert(schema.contactDetails).values({
    personId: jaydenId,
    address: { line1: "14 Warwick Road", town: "Banbury", postcode: "OX16 9QA" },
    preferredChannel: "letter",
    consentToContact: false,
  });
});
afterAll(() => t.destroy());

const namesFound = async (search: Record<string, unknown>) =>
  recordsOf(await (await worker.call()).people.search(search as never)).map((p) => `${p.firstName} ${p.lastName}`);

describe("finding a person", () => {
  it("finds misspelt and partial names, best match first", async () => {
    expect((await namesFound({ name: "Jaden Smyth" }))[0]).toBe("Jayden Smith");
    expect(await namesFound({ name: "jay smi" })).toContain("Jayden Smith");
    expect(await namesFound({ name: "Amelia Okafor" })).toEqual(["Amelia Okafor"]);
    expect(await namesFound({ name: "Zebedee Quinton" })).toEqual([]);
  });

  it("finds people by a known-as or former name", async () => {
    expect(await namesFound({ name: "JJ Smith" })).toContain("Jayden Smith");
    expect(await namesFound({ name: "Jaden Brooks" })).toContain("Jayden Smith");
  });

  it("finds people by date of birth, year of birth and age", async () => {
    expect(await namesFound({ dateOfBirth: "2016-07-02" })).toEqual(["Jayden Smith"]);
    expect(await namesFound({ yearOfBirth: "2016" })).toEqual(["Jayden Smith"]);
    expect(await namesFound({ age: String(ageInYears("2019-11-30", today())) })).toContain("Amelia Okafor");
    expect(await namesFound({ age: String(ageInYears("2019-11-30", today())) })).not.toContain("Jayden Smith");
  });

  it("finds people by a whole postcode or its district, first line of address, NHS number, UPN or Hearth ID", async () => {
    expect(await namesFound({ postcode: "ox16" })).toEqual(expect.arrayContaining(["Jayden Smith", "Amelia Okafor"]));
    expect(await namesFound({ postcode: "ox169qa" })).toEqual(["Jayden Smith"]);
    // OX1 is a different district from OX16, not its prefix.
    expect(await namesFound({ postcode: "OX1" })).toEqual([]);
    expect(await namesFound({ addressLine1: "warwick rd" })).toEqual([]);
    expect(await namesFound({ addressLine1: "14 warwick" })).toEqual(["Jayden Smith"]);
    expect(await namesFound({ nhsNumber: "9434765919" })).toEqual(["Jayden Smith"]);
    expect(await namesFound({ personId: jaydenId })).toEqual(["Jayden Smith"]);
  });

  it("shows the date of birth, age, postcode, area and family of a record in the worker's area", async () => {
    const [row] = await (await worker.call()).people.search({ name: "Jayden Smith" });
    expect(row).toMatchObject({
      kind: "record",
      id: jaydenId,
      dateOfBirth: "2016-07-02",
      age: ageInYears("2016-07-02", today()),
      postcode: "OX16 9QA",
      areaName: "North",
      families: [],
      services: [],
    });
  });

  it("asks for at least one thing to search by, and says what is wrong with a criterion", async () => {
    const api = await worker.call();
    expect(await rejection(api.people.search({}))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { name: ["Enter at least one thing to search by, like a name or date of birth"] },
    });
    expect((await rejection(api.people.search({ postcode: "banbury" }))).fields).toEqual({
      postcode: ["Enter a full postcode, like OX4 6QB, or its first part, like OX4"],
    });
    expect((await rejection(api.people.search({ age: "seven" }))).fields).toEqual({
      age: ["Enter the age in whole years, like 7"],
    });
  });
});

describe("a person known in another area", () => {
  it("is shown to the worker only as name, age, area and whom to contact", async () => {
    const results = await (await worker.call()).people.search({ name: "Kayleigh Thornbery" });
    expect(results).toEqual([
      {
        kind: "elsewhere",
        firstName: "Kayleigh",
        lastName: "Thornbury",
        age: ageInYears(kayleigh.dateOfBirth, today()),
        areaName: "South",
        contact: "South LCSS team",
        // Opens the break-the-glass page without the id (restricted-everywhere.test.ts).
        handle: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      },
    ]);
    expect(JSON.stringify(results)).not.toMatch(new RegExp(`${southId}|2015-02-20|OX14`));
  });

  it("is a full record to county-wide staff", async () => {
    const [row] = await (await admin.call()).people.search({ name: "Kayleigh Thornbury" });
    expect(row).toMatchObject({ kind: "record", id: southId, postcode: "OX14 3AA" });
  });
});

describe("auditing a search", () => {
  it("keeps the kinds of criteria, never their values, and a summary read of each record shown", async () => {
    await (await worker.call()).people.search({ name: "Smith", postcode: "OX16" });
    const rows = (await auditRows(t.db)).slice(-2);
    expect(rows.map((r) => [r.action, r.entityId])).toEqual([
      ["person.search", null],
      ["person.read-summary", jaydenId],
    ]);
    expect(rows[0]!.detail).toEqual({
      criteria: ["name", "postcode"],
      shown: 1,
      knownElsewhere: 0,
      restricted: 0,
    });
    expect(JSON.stringify(rows)).not.toMatch(/smith|ox16/i);
  });

  it("audits the summary shown of a person known elsewhere against that person, marked as such", async () => {
    await (await worker.call()).people.search({ name: "Kayleigh Thornbury" });
    const [search, summary] = (await auditRows(t.db)).slice(-2);
    expect(search).toMatchObject({
      action: "person.search",
      detail: { criteria: ["name"], shown: 0, knownElsewhere: 1 },
    });
    expect(summary).toMatchObject({ action: "person.read-summary", entityType: "person", detail: { via: "search", knownElsewhere: true } });
    expect(summary!.entityId).toBeTruthy();
  });
});

describe("the duplicate check on adding a person", () => {
  it("flags Jaden beside Jayden with the same date of birth and postcode", async () => {
    const again = await (
      await worker.call()
    ).people.create({
      firstName: "Jaden",
      lastName: "Smith",
      dateOfBirth: "2016-07-02",
      postcode: "OX16 9QA",
    });
    expect(again).toMatchObject({
      status: "possible_duplicates",
      matches: [expect.objectContaining({ id: jaydenId })],
    });
  });

  it("does not flag a similar name at a different postcode", async () => {
    const other = await (
      await worker.call()
    ).people.create({
      firstName: "Jaden",
      lastName: "Smith",
      dateOfBirth: "2016-07-02",
      postcode: "OX16 5AA",
    });
    expect(other.status).toBe("created");
  });
});

describe("finding a family", () => {
  it("finds a family by its name, a member's misspelt name or its district; another area's only as a summary", async () => {
    const north = await worker.call();
    const family = await north.families.create({
      name: "Smith household",
      postcode: "OX16 9QA",
      members: [{ personId: jaydenId, role: "child" }],
    });
    await (
      await admin.call()
    ).families.create({
      name: "Thornbury family",
      postcode: "OX14 3AA",
      members: [{ personId: southId, role: "child" }],
    });

    for (const search of [{ name: "Smyth household" }, { name: "Jaden Smyth" }, { postcode: "OX16" }])
      expect(
        recordsOf(await north.families.search(search)).map((f) => f.id),
        JSON.stringify(search),
      ).toContain(family.id);
    expect(await north.families.search({ name: "Thornbury" })).toEqual([
      {
        kind: "elsewhere",
        name: "Thornbury family",
        areaName: "South",
        contact: "South LCSS team",
      },
    ]);
    const [row] = await north.people.search({ name: "Jayden Smith" });
    expect(row).toMatchObject({ families: [{ familyId: family.id, name: "Smith household" }] });
  });
});
