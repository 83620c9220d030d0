import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { countNccisCohort, getStatutoryReturn, schema, startStatutoryReturn } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis, JobQueues, returnFileKeys } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";

/**
 * The monthly NCCIS return built by the worker's job (real Redis and PostgreSQL) for a known cohort,
 * in a year the seed has nobody of the cohort's age: the file with activities as at the reference
 * date (a later record is not in it), a young person never recorded sent as 810, someone too
 * young left out; the CSV of the same records; and the validation report, errors first, each
 * problem with its young person and a link to their NEET record, and totals by rule on the run.
 */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
let t: TestDatabase;
let folder: string;
let worker: RunningWorker;
let xml: string;
let csv: string[];
let report: string[];
let run: NonNullable<Awaited<ReturnType<typeof getStatutoryReturn>>>;
const referenceDate = "2060-01-31";
const ids = {
  ada: "00000000-0000-4000-8000-0000000000a1",
  ben: "00000000-0000-4000-8000-0000000000a2",
  cy: "00000000-0000-4000-8000-0000000000a3",
  dee: "00000000-0000-4000-8000-0000000000a4",
  eve: "00000000-0000-4000-8000-0000000000a5",
  fay: "00000000-0000-4000-8000-0000000000a6",
};

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
    // Academic age 20, in the cohort only through the EHC plan on her person record.
    {
      id: ids.dee,
      firstName: "Dee",
      lastName: "Hart",
      dateOfBirth: "2039-03-03",
      postcode: "OX4 1AA",
      hasSend: true,
      hasEhcPlan: true,
      areaId: area!.id,
    },
    { id: ids.eve, firstName: "Eve", lastName: "Stone", dateOfBirth: "2042-05-05", postcode: "OX4 2BB", areaId: area!.id },
    { id: ids.fay, firstName: "Fay", lastName: "Lowe", dateOfBirth: "2043-02-02", postcode: "OX4 3CC", areaId: area!.id },
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
    // A special post-16 place with no end date, and the EHC plan not among her characteristics.
    {
      ...base,
      personId: ids.dee,
      activityCode: "280",
      startDate: "2059-09-01",
      lastConfirmedOn: "2059-12-01",
      recordedAt: new Date("2059-12-01T12:00:00Z"),
    },
    // A job from before her 16th birthday (imported, not through the form), confirmed too long ago.
    {
      ...base,
      personId: ids.eve,
      activityCode: "330",
      startDate: "2058-01-01",
      lastConfirmedOn: "2058-01-05",
      septemberGuaranteeYear11: "no_offer",
      septemberGuaranteeYear12: "apprenticeship",
      recordedAt: new Date("2058-01-05T12:00:00Z"),
    },
    // A code that is not on the NCCIS list (the table only checks it has three digits).
    {
      ...base,
      personId: ids.fay,
      activityCode: "999",
      startDate: "2059-09-01",
      lastConfirmedOn: "2059-09-01",
      septemberGuaranteeYear11: "apprenticeship",
      recordedAt: new Date("2059-09-01T12:00:00Z"),
    },
  ]);

  const [officer] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "eet_officer")).limit(1);
  const started = (await startStatutoryReturn(t.db, { kind: "nccis", collectionYear: 2060, referenceDate, startedBy: officer!.id }))!;
  worker = await startWorker(
    readWorkerEnv({
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      RETURNS_DIR: folder,
      LOG_LEVEL: "silent",
      PUBLIC_BASE_URL: "https://hearth.example.gov.uk",
    }),
    { db: t.db, log: pino({ level: "silent" }), now: () => new Date("2060-02-03T09:30:00Z") },
  );
  const queues = new JobQueues({ connection: createRedis(redisUrl), prefix });
  await queues.enqueue("returns.nccis", { returnId: started.id }, { jobId: `nccis-${started.id}`, attempts: 1 });
  const deadline = Date.now() + 60_000;
  while ((run = (await getStatutoryReturn(t.db, started.id))!).status !== "completed") {
    if (run.status === "failed" || Date.now() > deadline) throw new Error(`the NCCIS run did not complete: ${run.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await queues.close();
  const keys = returnFileKeys("nccis", started.id);
  xml = await readFile(join(folder, keys.file), "utf8");
  csv = (await readFile(join(folder, keys.records), "utf8")).trimEnd().split("\r\n");
  report = (await readFile(join(folder, keys.report), "utf8")).trimEnd().split("\r\n");
}, 120_000);
afterAll(async () => {
  await worker?.close(1_000);
  const redis = createRedis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await rm(folder, { recursive: true, force: true });
  await t?.destroy();
});

describe("the NCCIS return", () => {
  it("counts the cohort on the reference date", async () => {
    expect(await countNccisCohort(t.db, referenceDate)).toBe(5);
    expect(run).toMatchObject({ childrenInScope: 5, childrenDone: 5, recordsKey: expect.stringMatching(/-records\.csv$/) });
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
    expect(csv).toHaveLength(6);
    expect(csv[1]).toBe(
      "000000000000400080000000000000A1,A123456789012,O'Neil & Co,Ada,2043-01-01,OX16 1AA,230,Further education,2059-09-04,2060-07-10,2059-09-10,College or training provider,care_leaver parent,,full_time_education,",
    );
    expect(csv.find((line) => line.startsWith("000000000000400080000000000000A2"))).toContain(",810,Current situation not known,");
  });

  it("reports each class of problem for the right young person, errors before queries, with a link to their record", () => {
    expect(report[0]).toBe("LA young person ID,Activity (code and start),Rule,Severity,Problem,Record");
    const lines = report.slice(1).map((line) => {
      const [id, activity, rule, severity] = line.split(",");
      return { who: id!.slice(-2), activity, rule, severity, link: line.slice(line.lastIndexOf(",") + 1) };
    });
    const firstQuery = lines.findIndex((l) => l.severity === "Query");
    expect(lines.slice(0, firstQuery).every((l) => l.severity === "Error")).toBe(true);
    expect(lines.slice(firstQuery).every((l) => l.severity === "Query")).toBe(true);
    expect(lines.map((l) => `${l.who} ${l.rule}`).sort()).toEqual(
      ["A2 NC03", "A2 NC10Q", "A2 NC15Q", "A4 NC04", "A4 NC14Q", "A5 NC02", "A5 NC11Q", "A6 NC01"].sort(),
    );
    expect(lines.find((l) => l.who === "A5" && l.rule === "NC02")).toMatchObject({
      activity: "330 from 2058-01-01",
      link: `https://hearth.example.gov.uk/fss/neet/young-people/${ids.eve}`,
    });
    expect(report.find((l) => l.includes("NC02"))).toContain("starts on 1 January 2058, before their 16th birthday");
    expect(report.find((l) => l.includes("NC11Q"))).toContain("last confirmed on 5 January 2058");
    // Nobody's name or date of birth is in the report: the id and the link find the record.
    expect(report.join("\n")).not.toMatch(/Ware|Stone|2042-05-05/);
    expect(run).toMatchObject({ errorCount: 4, queryCount: 4 });
    expect(run.totalsByRule).toEqual({ NC01: 1, NC02: 1, NC03: 1, NC04: 1, NC10Q: 1, NC11Q: 1, NC14Q: 1, NC15Q: 1 });
  });
});
