import { beginStatutoryReturn, completeStatutoryReturn, schema } from "@hearth/db";
import { returnFileKeys } from "@hearth/jobs";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authoriseReturnDownload } from "../src/returns/download-return-file";
import { auditRows, rejection, signedInAs } from "./support";

/**
 * NEET tracking (issue 14 §2) against real PostgreSQL, in an area of its own so the seed's people
 * never move a count: the cohort rule, currency on known dates, the chase list, recording an
 * activity (its history and the 16th-birthday rule) and the figures.
 */
let t: TestDatabase;
// Thursday 15 January 2026: academic year 2025-26, so academic age 16 is born Sept 2008 – Aug 2009.
const now = () => new Date("2026-01-15T10:00:00Z");
let areaId: string;
const ids: Record<"unrecorded" | "atCollege" | "lapsed" | "ehcNeet" | "tooOld", string> = {} as never;

async function person(firstName: string, dateOfBirth: string, ehc = false) {
  const [row] = await t.db
    .insert(schema.people)
    .values({ firstName, lastName: "Neetson", dateOfBirth, areaId, hasSend: ehc, hasEhcPlan: ehc })
    .returning();
  return row!.id;
}

async function activity(personId: string, activityCode: string, startDate: string, lastConfirmedOn: string) {
  const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "eet_officer")).limit(1);
  await t.db.insert(schema.neetActivities).values({
    personId,
    activityCode,
    startDate,
    lastConfirmedOn,
    source: "young_person",
    recordedBy: staff!.id,
    recordedAt: new Date(`${lastConfirmedOn}T12:00:00Z`),
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const [area] = await t.db.insert(schema.areas).values({ code: "neet-test", name: "Area NEET", office: "Town Hall" }).returning();
  areaId = area!.id;
  ids.unrecorded = await person("Una", "2009-08-01");
  ids.atCollege = await person("Cal", "2008-05-01");
  ids.lapsed = await person("Lia", "2008-06-01");
  ids.ehcNeet = await person("Eli", "2003-01-01", true);
  ids.tooOld = await person("Otto", "2003-01-01");
  await activity(ids.atCollege, "230", "2025-09-03", "2025-10-01");
  // Looking for work, last confirmed in September: three months have passed, so not known now.
  await activity(ids.lapsed, "619", "2025-08-01", "2025-09-01");
  await activity(ids.ehcNeet, "619", "2025-11-01", "2026-01-10");
}, 120_000);
afterAll(() => t?.destroy());

describe("the chase list", () => {
  it("lists the cohort's not-known young people, never recorded first, and audits each one shown", async () => {
    const api = await (await signedInAs(t.db, "eet_officer", { now })).call();
    const list = await api.neet.chaseList({ areaId });
    expect(list.entries.map((e) => e.personId)).toEqual([ids.unrecorded, ids.lapsed]);
    expect(list.entries[1]).toMatchObject({ activityCode: "619", activityLabel: "Looking for work, education or training", status: "not_known" });
    const audited = (await auditRows(t.db)).filter((r) => r.action === "neet.chaseList").map((r) => r.entityId);
    expect(audited).toEqual(expect.arrayContaining([ids.unrecorded, ids.lapsed]));
  });

  it("shows the whole cohort on request: 16–17, and older young people only with an EHC plan", async () => {
    const api = await (await signedInAs(t.db, "data_officer", { now })).call();
    const list = await api.neet.chaseList({ areaId, show: "all" });
    expect(new Set(list.entries.map((e) => e.personId))).toEqual(new Set([ids.unrecorded, ids.atCollege, ids.lapsed, ids.ehcNeet]));
    expect(list.entries.find((e) => e.personId === ids.ehcNeet)?.status).toBe("neet");
  });

  it("is refused to practitioners outside the EET team", async () => {
    const api = await (await signedInAs(t.db, "fss_worker", { now })).call();
    expect((await rejection(api.neet.chaseList({ areaId }))).code).toBe("FORBIDDEN");
  });
});

describe("recording an activity", () => {
  it("refuses a job starting before the 16th birthday and a code outside the NCCIS set, beside the field", async () => {
    const api = await (await signedInAs(t.db, "eet_officer", { now })).call();
    const early = await rejection(
      api.neet.recordActivity({
        personId: ids.unrecorded,
        activityCode: "330",
        startDate: "2025-06-01",
        lastConfirmedOn: "2025-12-01",
        source: "young_person",
      }),
    );
    expect(early.code).toBe("BAD_REQUEST");
    expect(early.fields.startDate?.[0]).toMatch(/16th birthday/);
    const badCode = await rejection(
      api.neet.recordActivity({
        personId: ids.unrecorded,
        activityCode: "999",
        startDate: "2025-09-01",
        lastConfirmedOn: "2025-12-01",
        source: "young_person",
      }),
    );
    expect(badCode.fields.activityCode).toEqual(["Choose an activity from the NCCIS list"]);
  });

  it("records an activity, takes the young person off the chase list and keeps the history", async () => {
    const api = await (await signedInAs(t.db, "eet_officer", { now })).call();
    const recorded = await api.neet.recordActivity({
      personId: ids.unrecorded,
      activityCode: "230",
      startDate: "2025-09-05",
      expectedEndDate: "2026-07-10",
      lastConfirmedOn: "2026-01-14",
      source: "college_or_provider",
      characteristics: ["care_leaver"],
      septemberGuaranteeYear11: "full_time_education",
    });
    expect(recorded.status).toBe("education");
    expect((await api.neet.chaseList({ areaId })).entries.map((e) => e.personId)).toEqual([ids.lapsed]);

    // An hour later the same day, she has left college.
    const later = await (await signedInAs(t.db, "eet_officer", { now: () => new Date("2026-01-15T11:00:00Z") })).call();
    await later.neet.recordActivity({
      personId: ids.unrecorded,
      activityCode: "619",
      startDate: "2026-01-15",
      lastConfirmedOn: "2026-01-15",
      source: "young_person",
    });
    const page = await api.neet.youngPerson({ personId: ids.unrecorded });
    expect(page.status).toBe("neet");
    expect(page.person).toMatchObject({ academicAge: 16, inCohort: true });
    expect(page.history.map((h) => h.activityCode)).toEqual(["619", "230"]);
    expect(page.history[1]).toMatchObject({ activityLabel: "Further education", currentUntil: "2027-01-14", characteristics: ["care_leaver"] });
    const audit = await t.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, "neet.recordActivity"), eq(schema.auditEvents.entityId, ids.unrecorded)));
    expect(audit).toHaveLength(2);
  });

  it("keeps the intended destination and September Guarantee offers with each record, and refuses a NEET code as a destination", async () => {
    const api = await (await signedInAs(t.db, "eet_officer", { now })).call();
    const base = { personId: ids.atCollege, activityCode: "230", startDate: "2025-09-03", lastConfirmedOn: "2026-01-12", source: "school" } as const;
    const neetDestination = await rejection(api.neet.recordActivity({ ...base, intendedDestinationCode: "619" }));
    expect(neetDestination.fields.intendedDestinationCode?.[0]).toMatch(/education, employment or training/);
    const badOffer = await rejection(api.neet.recordActivity({ ...base, septemberGuaranteeYear12: "a place somewhere" as never }));
    expect(badOffer.fields.septemberGuaranteeYear12).toEqual(["Choose an offer from the list"]);

    await api.neet.recordActivity({
      ...base,
      expectedEndDate: "2026-07-10",
      intendedDestinationCode: "310",
      septemberGuaranteeYear11: "full_time_education",
      septemberGuaranteeYear12: "apprenticeship",
    });
    const page = await api.neet.youngPerson({ personId: ids.atCollege });
    expect(page.history[0]).toMatchObject({
      intendedDestinationCode: "310",
      septemberGuaranteeYear11: "full_time_education",
      septemberGuaranteeYear12: "apprenticeship",
    });
    // The record before it keeps what was known then.
    expect(page.history[1]).toMatchObject({ intendedDestinationCode: null, septemberGuaranteeYear12: null });
  });

  it("is for the EET team: a data officer reads but does not record", async () => {
    const api = await (await signedInAs(t.db, "data_officer", { now })).call();
    const refused = await rejection(
      api.neet.recordActivity({
        personId: ids.lapsed,
        activityCode: "619",
        startDate: "2026-01-01",
        lastConfirmedOn: "2026-01-01",
        source: "young_person",
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});

describe("my work", () => {
  it("gives the officer who recorded an activity the young person to follow up once it is not known", async () => {
    const api = await (await signedInAs(t.db, "eet_officer", { now })).call();
    const { items } = await api.myWork.list({ kinds: ["neet_not_known"] });
    const lia = items.find((i) => i.personId === ids.lapsed);
    // Looking for work, confirmed 1 September: current for three months, so not known from 2 December.
    expect(lia).toMatchObject({ title: "Find out what Lia Neetson is doing now", dueOn: "2025-12-02", status: "overdue" });
    expect(items.some((i) => i.personId === ids.ehcNeet)).toBe(false);
  });
});

describe("figures", () => {
  it("counts the cohort, NEET and not known per area at each month end, with shares", async () => {
    const api = await (await signedInAs(t.db, "eet_officer", { now })).call();
    const { rows } = await api.neet.figures({ toMonth: "2026-01", months: 2 });
    const mine = rows.filter((r) => r.areaName === "Area NEET");
    // December's end: Una not yet recorded, Lia lapsed (1 Dec), Eli not yet recorded (10 Jan).
    expect(mine[0]).toMatchObject({ month: "2025-12", cohort: 4, neet: 0, notKnown: 3, notKnownShare: 75 });
    // Today: Una NEET (recorded today), Eli NEET, Lia still not known.
    expect(mine[1]).toMatchObject({ month: "2026-01", cohort: 4, neet: 2, notKnown: 1, neetShare: 50, notKnownShare: 25 });
  });
});

describe("the NCCIS return", () => {
  it("is started by an EET officer for a month, once at a time, and listed with who started it", async () => {
    const api = await (await signedInAs(t.db, "eet_officer", { now })).call();
    const started = await api.returns.startNccis({ month: "2025-12" });
    const again = await rejection(api.returns.startNccis({ month: "2025-12" }));
    expect(again.code).toBe("CONFLICT");
    expect(again.fields.month?.[0]).toMatch(/already being built/);
    expect((await rejection(api.returns.startNccis({ month: "2026-02" }))).fields.month?.[0]).toMatch(/has not started yet/);
    const { returns } = await api.returns.nccisRuns({});
    expect(returns[0]).toMatchObject({ id: started.id, referenceDate: "2025-12-31", status: "queued", startedByName: "Eddie Tran" });
    // The census stays the data officers': the EET officer neither starts nor lists it.
    expect((await rejection(api.returns.cinCensusRuns({}))).code).toBe("FORBIDDEN");
  });

  it("downloads a completed run's file, validation report and records to the EET team, audited, and to nobody else", async () => {
    const officer = await signedInAs(t.db, "eet_officer", { now });
    const started = await (await officer.call()).returns.startNccis({ month: "2025-11" });
    const refusedWhileQueued = await rejection(authoriseReturnDownload(await officer.context(), { returnId: started.id, file: "records" }));
    expect(refusedWhileQueued.code).toBe("NOT_FOUND");
    await beginStatutoryReturn(t.db, { id: started.id, childrenInScope: 4 });
    const keys = returnFileKeys("nccis", started.id);
    await completeStatutoryReturn(t.db, {
      id: started.id,
      completedAt: now(),
      childrenDone: 4,
      errorCount: 1,
      queryCount: 2,
      totalsByRule: { NC03: 1, NC11Q: 1, NC10Q: 1 },
      fileKey: keys.file,
      reportKey: keys.report,
      recordsKey: keys.records,
      fileBytes: 100,
    });
    const run = (await (await officer.call()).returns.nccisRuns({})).returns.find((r) => r.id === started.id)!;
    expect(run).toMatchObject({ recordsUrl: `/returns/${started.id}/records`, reportUrl: `/returns/${started.id}/report` });
    expect(run.totalsByRule.map((r) => r.code)).toEqual(["NC03", "NC10Q", "NC11Q"]);
    for (const file of ["file", "report", "records"] as const)
      expect((await authoriseReturnDownload(await officer.context(), { returnId: started.id, file })).fileName).toBe(
        { file: "nccis-2025-11-1.xml", report: "nccis-2025-11-1-validation-report.csv", records: "nccis-2025-11-1-records.csv" }[file],
      );
    const downloads = await t.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, started.id));
    // Three downloads, and the refusal while it was queued: a denied download is audited too.
    expect(
      downloads
        .map((a) => a.action)
        .filter((a) => a.startsWith("returns.download."))
        .sort(),
    ).toEqual(["returns.download.file", "returns.download.records", "returns.download.records", "returns.download.report"]);
    const worker = await signedInAs(t.db, "fss_worker", { now });
    expect((await rejection(authoriseReturnDownload(await worker.context(), { returnId: started.id, file: "records" }))).code).toBe("FORBIDDEN");
  });
});
