import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getContactDetails,
  getProgrammeRun,
  insertConsentRecord,
  insertEnrolment,
  insertOutcomesStarReading,
  insertPersonRelationships,
  insertProgrammeRun,
  insertSdqMeasurement,
  insertWemwbsMeasurement,
  listConsentRecords,
  listEnrolments,
  listOutcomeMeasurements,
  listPersonRelationships,
  listProgrammeAttendance,
  listProgrammes,
  recordProgrammeAttendance,
  saveContactDetails,
  setPersonCensusDetails,
  withdrawConsentRecord,
} from "../src";
import { centres, consentRecords, outcomeMeasurements, people, programmeRuns } from "../src/schema";
import { createTestDatabase, type TestDatabase } from "../src/testing";
import { insertTwoPersonFamily } from "./two-person-family";

/** Every family and programme record table written and read back through a real PostgreSQL, constraints included. */
let t: TestDatabase;
let areaId: string;
let childId: string;
let parentId: string;
let familyId: string;
let programmeId: string;
let centreId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ areaId, childId, parentId, familyId } = await insertTwoPersonFamily(
    t.db,
    "Hearn",
    { firstName: "Ollie", dateOfBirth: "2021-03-14" },
    { firstName: "Dana", dateOfBirth: "1992-08-30" },
  ));
  programmeId = (await listProgrammes(t.db))[0]!.id;
  const [centre] = await t.db.select().from(centres).limit(1);
  centreId = centre!.id;
});
afterAll(() => t.destroy());

/** drizzle wraps the server's error; the constraint's name is in its cause. */
const refusedBy = (constraint: string) => ({ cause: { message: expect.stringContaining(`"${constraint}"`) } });

const schedule = { weekday: "tuesday", startTime: "10:00", endTime: "12:00", startsOn: "2026-01-06" } as const;
const runInput = (overrides: Record<string, unknown> = {}) => ({
  programmeId,
  venue: { centreId },
  schedule,
  facilitators: [{ name: "Priya Shah" }, { name: "Tom Eke" }],
  capacity: 12,
  ...overrides,
});

describe("people: census details", () => {
  it("stores sex, ethnicity, disabilities, SEND, EHC plan and care leaver flags", async () => {
    const row = await setPersonCensusDetails(t.db, {
      personId: childId,
      details: { sex: "M", ethnicity: "WBRI", disabilities: ["COMM"], hasSend: true, hasEhcPlan: true, isCareLeaver: false },
    });
    expect(row).toMatchObject({ sex: "M", ethnicity: "WBRI", disabilities: ["COMM"], hasSend: true, hasEhcPlan: true, isCareLeaver: false });
    const [reread] = await t.db.select().from(people).where(eq(people.id, childId));
    expect(reread).toMatchObject({ dateOfBirth: "2021-03-14", expectedDateOfBirth: null, disabilities: ["COMM"] });
  });

  it("refuses an unknown sex code and an EHC plan without SEND", async () => {
    await expect(setPersonCensusDetails(t.db, { personId: childId, details: { sex: "X" as "M" } })).rejects.toThrow();
    await expect(
      t.db.insert(people).values({ firstName: "Bad", lastName: "Sex", dateOfBirth: "2020-01-01", areaId, sex: "X" }),
    ).rejects.toMatchObject(refusedBy("people_sex_check"));
    await expect(
      t.db.insert(people).values({ firstName: "Bad", lastName: "Ehc", dateOfBirth: "2020-01-01", areaId, hasEhcPlan: true, hasSend: false }),
    ).rejects.toMatchObject(refusedBy("people_ehc_plan_needs_send_check"));
  });
});

describe("person_relationships", () => {
  it("reads back a parent holding parental responsibility, from either side", async () => {
    await insertPersonRelationships(t.db, {
      relationships: [{ personId: parentId, relativeId: childId, relationship: "parent", parentalResponsibility: "birth_mother" }],
    });
    const fromChild = await listPersonRelationships(t.db, { personId: childId });
    expect(fromChild).toEqual([
      expect.objectContaining({
        personId: parentId,
        relativeId: childId,
        relationship: "parent",
        parentalResponsibility: "birth_mother",
        holdsParentalResponsibility: true,
      }),
    ]);
    expect(await listPersonRelationships(t.db, { personId: parentId })).toHaveLength(1);
  });

  it("refuses the same pair twice and a person related to themselves, writing none of a failed batch", async () => {
    await expect(
      insertPersonRelationships(t.db, {
        relationships: [
          { personId: childId, relativeId: parentId, relationship: "other" },
          { personId: parentId, relativeId: childId, relationship: "step_parent" },
        ],
      }),
    ).rejects.toMatchObject(refusedBy("person_relationships_pair_key"));
    expect(await listPersonRelationships(t.db, { personId: childId })).toHaveLength(1);
    await expect(
      insertPersonRelationships(t.db, { relationships: [{ personId: childId, relativeId: childId, relationship: "other" }] }),
    ).rejects.toMatchObject(refusedBy("person_relationships_not_self_check"));
  });
});

describe("contact_details and consent_records", () => {
  it("saves, replaces and reads back contact details", async () => {
    await saveContactDetails(t.db, {
      personId: parentId,
      details: { mobilePhone: "07700 900123", preferredChannel: "sms", consentToContact: true, consentRecordedOn: "2026-01-02" },
    });
    await saveContactDetails(t.db, {
      personId: parentId,
      details: {
        mobilePhone: "07700 900123",
        email: "dana@example.com",
        address: { line1: "1 Mill Lane", town: "Oxford", postcode: "OX1 1AA" },
        preferredChannel: "letter",
        consentToContact: true,
        consentRecordedOn: "2026-01-02",
      },
    });
    expect(await getContactDetails(t.db, { personId: parentId })).toMatchObject({
      mobilePhone: "07700900123",
      email: "dana@example.com",
      address: { line1: "1 Mill Lane", town: "Oxford" },
      preferredChannel: "letter",
      consentToContact: true,
      consentRecordedOn: "2026-01-02",
      safeToLeaveMessage: false,
    });
  });

  it("records consent, withdraws it once, and refuses a withdrawal before it was given", async () => {
    const record = await insertConsentRecord(t.db, {
      record: {
        personId: childId,
        givenByPersonId: parentId,
        givenBy: "parent_with_parental_responsibility",
        purpose: "early_help_assessment",
        givenOn: "2026-01-05",
        method: "written",
      },
    });
    await expect(
      t.db.update(consentRecords).set({ withdrawnOn: "2026-01-01", withdrawalReason: "Too early" }).where(eq(consentRecords.id, record.id)),
    ).rejects.toMatchObject(refusedBy("consent_records_withdrawn_after_given_check"));
    const withdrawn = await withdrawConsentRecord(t.db, { consentId: record.id, withdrawal: { withdrawnOn: "2026-02-01", reason: "Moved away" } });
    expect(withdrawn).toMatchObject({ withdrawnOn: "2026-02-01", withdrawalReason: "Moved away" });
    expect(await withdrawConsentRecord(t.db, { consentId: record.id, withdrawal: { withdrawnOn: "2026-02-02", reason: "Again" } })).toBeNull();
    expect(await listConsentRecords(t.db, { personId: childId })).toEqual([
      expect.objectContaining({ purpose: "early_help_assessment", givenOn: "2026-01-05", withdrawnOn: "2026-02-01", method: "written" }),
    ]);
  });
});

describe("programme runs, enrolments and attendance", () => {
  it("writes a run at a centre and one elsewhere, and reads them back", async () => {
    const run = await insertProgrammeRun(t.db, { run: runInput() });
    expect(await getProgrammeRun(t.db, { runId: run.id })).toMatchObject({
      programmeId,
      centreId,
      venueName: null,
      startsOn: "2026-01-06",
      schedule: { weekday: "tuesday", startTime: "10:00", everyWeeks: 1 },
      facilitators: ["Priya Shah", "Tom Eke"],
      capacity: 12,
      status: "planned",
    });
    const elsewhere = await insertProgrammeRun(t.db, { run: runInput({ venue: { name: "St Mary's hall", postcode: "ox4 1aa" } }) });
    expect(elsewhere).toMatchObject({ centreId: null, venueName: "St Mary's hall" });
  });

  it("refuses a run with capacity 0 or no venue at the database level", async () => {
    const base = { programmeId, startsOn: "2026-01-06", schedule: { ...schedule, everyWeeks: 1, skipBankHolidays: true }, facilitators: ["A"] };
    await expect(t.db.insert(programmeRuns).values({ ...base, centreId, capacity: 0 })).rejects.toMatchObject(
      refusedBy("programme_runs_capacity_check"),
    );
    await expect(t.db.insert(programmeRuns).values({ ...base, capacity: 5 })).rejects.toMatchObject(refusedBy("programme_runs_venue_check"));
  });

  it("enrols a child once, refuses a second enrolment on the same run, and records attendance", async () => {
    const run = await insertProgrammeRun(t.db, { run: runInput() });
    const enrolment = await insertEnrolment(t.db, { enrolment: { runId: run.id, familyId, childId } });
    expect(enrolment).toMatchObject({ runId: run.id, familyId, personId: childId, status: "enrolled" });
    await expect(insertEnrolment(t.db, { enrolment: { runId: run.id, familyId, childId } })).rejects.toMatchObject(
      refusedBy("programme_enrolments_run_person_key"),
    );
    expect(await listEnrolments(t.db, { runId: run.id })).toHaveLength(1);

    await recordProgrammeAttendance(t.db, {
      records: [
        { enrolmentId: enrolment.id, sessionDate: "2026-01-06", status: "attended" },
        { enrolmentId: enrolment.id, sessionDate: "2026-01-13", status: "absent" },
      ],
    });
    await recordProgrammeAttendance(t.db, { records: [{ enrolmentId: enrolment.id, sessionDate: "2026-01-13", status: "apologies" }] });
    expect((await listProgrammeAttendance(t.db, { enrolmentId: enrolment.id })).map((a) => [a.sessionDate, a.status])).toEqual([
      ["2026-01-06", "attended"],
      ["2026-01-13", "apologies"],
    ]);
  });
});

describe("outcome_measurements", () => {
  it("stores SDQ, WEMWBS and Outcomes Star readings with their totals", async () => {
    const sdqAnswers = Array.from({ length: 25 }, (_, i) => (i === 2 ? null : 1));
    const sdq = await insertSdqMeasurement(t.db, { measurement: { childId, informant: "parent", takenOn: "2026-01-06", answers: sdqAnswers } });
    expect(sdq).toMatchObject({ measure: "sdq", informant: "parent", itemScores: sdqAnswers });
    expect(sdq.total).toBeGreaterThanOrEqual(0);
    expect(sdq.total).toBeLessThanOrEqual(40);
    const wemwbs = await insertWemwbsMeasurement(t.db, { measurement: { personId: parentId, takenOn: "2026-01-06", answers: Array(14).fill(3) } });
    expect(wemwbs).toMatchObject({ measure: "wemwbs", total: 42 });
    await insertOutcomesStarReading(t.db, {
      reading: { personId: parentId, star: "Family Star Plus", takenOn: "2026-01-07", scores: { "Physical health": 4, Boundaries: 6 } },
    });
    const readings = await listOutcomeMeasurements(t.db, { personId: parentId });
    expect(readings.map((r) => [r.measure, r.total])).toEqual([
      ["wemwbs", 42],
      ["outcomes_star", 10],
    ]);
    expect(readings[1]).toMatchObject({ star: "Family Star Plus", itemScores: { "Physical health": 4, Boundaries: 6 } });
  });

  it("refuses out-of-range scores before insert, and totals or shapes the database cannot accept", async () => {
    await expect(
      insertWemwbsMeasurement(t.db, { measurement: { personId: parentId, takenOn: "2026-01-06", answers: Array(14).fill(6) } }),
    ).rejects.toThrow(/between 1 and 5/);
    await expect(
      t.db
        .insert(outcomeMeasurements)
        .values({ personId: parentId, measure: "wemwbs", takenOn: "2026-01-06", itemScores: Array(14).fill(5), total: 71 }),
    ).rejects.toMatchObject(refusedBy("outcome_measurements_total_check"));
    await expect(
      t.db
        .insert(outcomeMeasurements)
        .values({ personId: childId, measure: "sdq", informant: "parent", takenOn: "2026-01-06", itemScores: [1, 2], total: 3 }),
    ).rejects.toMatchObject(refusedBy("outcome_measurements_shape_check"));
  });
});
