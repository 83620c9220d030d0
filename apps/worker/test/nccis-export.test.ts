import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countNccisCohort, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { folderReturnFileStore, returnFileKeys } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportNccis } from "../src/returns/nccis-export";

/**
 * The monthly NCCIS file and its CSV for a known cohort, in a year the seed has nobody of the
 * cohort's age: activities as at the reference date (a later record is not in it), a young person
 * never recorded sent as 810, and someone too young left out.
 */
let t: TestDatabase;
let folder: string;
let xml: string;
let csv: string[];
const referenceDate = "2060-01-31";
const keys = returnFileKeys("nccis", "5b7a3c1e-0000-4000-8000-0000000000aa");
const ids = { ada: "00000000-0000-4000-8000-0000000000a1", ben: "00000000-0000-4000-8000-0000000000a2", cy: "00000000-0000-4000-8000-0000000000a3" };

beforeAll(async () => {
  t = await createTestDatabase();
  folder = await mkdtemp(join(tmpdir(), "hearth-nccis-"));
  const [area] = await t.db.select().from(schema.areas).limit(1);
  const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "eet_officer")).limit(1);
  await t.db.insert(schema.people).values([
    {
      id: ids.ada,
      firstName: "Ada",
      lastName: "O'Neil & Co",
      dateOfBirth: "2043-01-01",
      sex: "F",
      postcode: "OX16 1AA",
      upn: "A123456789012",
      areaId: area!.id,
    },
    { id: ids.ben, firstName: "Ben", lastName: "Ware", dateOfBirth: "2042-10-10", areaId: area!.id },
    { id: ids.cy, firstName: "Cy", lastName: "Young", dateOfBirth: "2045-01-01", areaId: area!.id },
  ]);
  const base = { personId: ids.ada, source: "college_or_provider", recordedBy: staff!.id };
  await t.db.insert(schema.neetActivities).values([
    {
      ...base,
      activityCode: "230",
      startDate: "2059-09-04",
      expectedEndDate: "2060-07-10",
      lastConfirmedOn: "2059-09-10",
      characteristics: ["care_leaver", "parent"],
      septemberGuaranteeYear11: "full_time_education",
      recordedAt: new Date("2059-09-10T12:00:00Z"),
    },
    // Recorded after the reference date: next month's return, not this one.
    {
      ...base,
      activityCode: "619",
      startDate: "2060-02-01",
      lastConfirmedOn: "2060-02-05",
      source: "young_person",
      recordedAt: new Date("2060-02-05T12:00:00Z"),
    },
  ]);
  await exportNccis({
    db: t.db,
    store: folderReturnFileStore(folder),
    keys,
    header: { referenceDate, laCode: "931", softwareCode: "HEARTH", release: "1.2.3", serialNo: 2, madeAt: new Date("2060-02-03T09:30:00Z") },
    batchSize: 1,
  });
  xml = await readFile(join(folder, keys.file), "utf8");
  csv = (await readFile(join(folder, keys.report), "utf8")).trimEnd().split("\r\n");
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await t.destroy();
});

describe("the NCCIS return", () => {
  it("counts the cohort on the reference date", async () => {
    expect(await countNccisCohort(t.db, referenceDate)).toBe(2);
  });

  it("writes each young person's activity as at the reference date, with the mapping's tags, leaving empty items out", () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<CCISReturn><Header><Collection>NCCIS</Collection><ReferenceDate>2060-01-31</ReferenceDate><LA>931</LA>',
      ),
    ).toBe(true);
    expect(xml).toContain(
      "<YoungPerson><LAYoungPersonID>000000000000400080000000000000A1</LAYoungPersonID><UPN>A123456789012</UPN><FamilyName>O&apos;Neil &amp; Co</FamilyName><GivenName>Ada</GivenName><DOB>2043-01-01</DOB><Gender>F</Gender><Postcode>OX16 1AA</Postcode>" +
        "<CurrentActivity><ActivityCode>230</ActivityCode><StartDate>2059-09-04</StartDate><DueToLeaveDate>2060-07-10</DueToLeaveDate><ReviewDate>2059-09-10</ReviewDate><Source>PRV</Source></CurrentActivity>" +
        "<Characteristics><Characteristic>CL</Characteristic><Characteristic>PAR</Characteristic></Characteristics><SeptemberGuarantee><Year11Offer>1</Year11Offer></SeptemberGuarantee></YoungPerson>",
    );
    expect(xml).toContain(
      "<YoungPerson><LAYoungPersonID>000000000000400080000000000000A2</LAYoungPersonID><FamilyName>Ware</FamilyName><GivenName>Ben</GivenName><DOB>2042-10-10</DOB><CurrentActivity><ActivityCode>810</ActivityCode></CurrentActivity></YoungPerson>",
    );
    expect(xml).not.toContain("Young</FamilyName>");
    expect(xml).not.toMatch(/<(\w+)><\/\1>/);
    expect(xml.endsWith("</YoungPeople></CCISReturn>\n")).toBe(true);
  });

  it("writes a CSV of the same records, in words as well as codes", () => {
    expect(csv).toHaveLength(3);
    expect(csv[1]).toBe(
      "000000000000400080000000000000A1,A123456789012,O'Neil & Co,Ada,2043-01-01,OX16 1AA,230,Further education,2059-09-04,2060-07-10,2059-09-10,College or training provider,care_leaver parent,,full_time_education,",
    );
    expect(csv[2]).toContain(",810,Current situation not known,");
  });
});
