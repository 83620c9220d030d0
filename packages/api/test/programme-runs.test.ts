import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { insertProgramme, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { areaIdOf, client, rejection, testConfig } from "./support";

/**
 * Group programme runs (issue 13) against real PostgreSQL, on a controlled clock: a run put on at
 * a Central centre; three families referred, two places offered in order and one waiting; a
 * decline offers the place to the next; enrolments; registers refused before the session, taken on
 * the day; completion by the programme's rule; SDQ and WEMWBS before and after; and the run's
 * completion and change figures computed from those known entries. Each family message is queued
 * exactly once.
 */
let t: TestDatabase;
let now = new Date("2026-11-23T10:00:00Z");
const clock = () => now;
const staff: Record<"manager" | "worker" | "southWorker", { id: string }> = {} as never;
let programmeId: string;
let centreId: string;
let runId: string;
const kids: Record<"ava" | "ben" | "cal" | "teen", { familyId: string; childId: string; parentId: string }> = {} as never;

async function as(who: keyof typeof staff) {
  const c = client(t.db, { now: clock });
  await startSession(t.db, c.cookies, testConfig, { staffId: staff[who].id, now, ip: null, userAgent: null });
  return c.call();
}

async function addStaff(who: keyof typeof staff, role: "fss_manager" | "fss_worker", area: "central" | "south") {
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({
      email: `${who}.${randomUUID()}@hearth.test`,
      displayName: `Programme ${who}`,
      role,
      areaId: await areaIdOf(t.db, area),
      passwordHash: (await t.db.select().from(schema.staffUsers).limit(1))[0]!.passwordHash,
    })
    .returning();
  staff[who] = { id: row!.id };
}

const referral = (who: keyof typeof kids) => ({
  runId,
  familyId: kids[who].familyId,
  personId: kids[who].childId,
  // Self-referrals at the run's centre: the sources' own checks are in programme-referral-sources.test.ts.
  centreId,
  consentGiven: true as const,
  consentGivenBy: "Parent",
  consentRecordedOn: "2026-11-20",
  carerName: `${who} carer`,
  mobile: "07700 900123",
  preferredChannel: "sms" as const,
});

const outbox = async () => t.db.select().from(schema.familyMessageOutbox);
const referralIdOf = async (who: keyof typeof kids) =>
  (await t.db.select().from(schema.programmeReferrals).where(eq(schema.programmeReferrals.personId, kids[who].childId)))[0]!.id;

const sdq = (value: number) => Array.from({ length: 25 }, () => value);

beforeAll(async () => {
  t = await createTestDatabase();
  await addStaff("manager", "fss_manager", "central");
  await addStaff("worker", "fss_worker", "central");
  await addStaff("southWorker", "fss_worker", "south");
  const central = await areaIdOf(t.db, "central");
  centreId = (await t.db.select().from(schema.centres).where(eq(schema.centres.areaId, central)).limit(1))[0]!.id;
  programmeId = (await insertProgramme(t.db, {
    name: "Test Incredible Years",
    category: "parenting",
    evidenceRating: "4",
    childAgeFrom: 3,
    childAgeTo: 10,
    levelsOfNeed: [2, 3],
    numberOfSessions: 4,
    completionShare: 0.75,
    outcomeMeasures: ["sdq", "wemwbs"],
  }))!.id;
  const api = await as("worker");
  const household = async (who: keyof typeof kids, childBorn: string, postcode: string) => {
    const person = async (firstName: string, dateOfBirth: string) => {
      const made = await api.people.create({ firstName, lastName: `Run${who}`, dateOfBirth, postcode, confirmedNotDuplicate: true });
      if (made.status !== "created") throw new Error("expected a new person");
      return made.person.id;
    };
    const childId = await person(who, childBorn);
    const parentId = await person(`${who}parent`, "1990-02-02");
    const { id: familyId } = await api.families.create({
      name: `Run${who} household`,
      postcode,
      members: [
        { personId: childId, role: "child" },
        { personId: parentId, role: "parent_carer" },
      ],
    });
    // Every family here has a level 2 threshold decision, as a family FSS refers would.
    await t.db.insert(schema.thresholdDecisions).values({
      familyId,
      consent: "given",
      suggestedLevel: 2,
      level: 2,
      outcome: "fss_targeted_support",
      decidedOn: "2026-11-01",
      decidedBy: staff.worker.id,
      seniorConfirmationRequired: false,
    });
    kids[who] = { familyId, childId, parentId };
  };
  await household("ava", "2020-05-01", "OX4 2AA");
  await household("ben", "2019-05-01", "OX4 3BB");
  await household("cal", "2018-05-01", "OX33 1AA");
  await household("teen", "2012-05-01", "OX4 4DD");
});
afterAll(() => t.destroy());

describe("a run from referral to completion", () => {
  it("is put on by a manager with its sessions dated, and refused for one who may not", async () => {
    const input = {
      programmeId,
      venue: { centreId },
      schedule: { weekday: "thursday" as const, startTime: "09:30", endTime: "11:30", startsOn: "2026-11-26" },
      facilitators: [
        { name: "Fran Facilitator", staffId: staff.worker.id },
        { name: "Pat Partner", organisation: "Health visiting" },
      ],
      capacity: 2,
    };
    await expect((await as("worker")).programmeRuns.create(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const made = await (await as("manager")).programmeRuns.create(input);
    runId = made.id;
    expect(made.sessionDates).toEqual(["2026-11-26", "2026-12-03", "2026-12-10", "2026-12-17"]);
  });

  it("offers places in order, keeps a waiting list, refuses a child outside the ages, and hides the run from another area", async () => {
    const api = await as("worker");
    expect(await api.programmeRuns.refer(referral("ava"))).toMatchObject({ status: "offered", position: null });
    expect(await api.programmeRuns.refer(referral("ben"))).toMatchObject({ status: "offered" });
    expect(await api.programmeRuns.refer(referral("cal"))).toMatchObject({ status: "waiting", position: 1 });
    const tooOld = await rejection(api.programmeRuns.refer(referral("teen")));
    expect(tooOld.fields.personId?.[0]).toMatch(/will be 14 when the run starts: Test Incredible Years is for children aged 3 to 10/);
    const noConsent = await rejection(api.programmeRuns.refer({ ...referral("ava"), consentGiven: false as never }));
    expect(noConsent.fields.consentGiven?.[0]).toBe("Record the family’s consent before referring them");
    await expect((await as("southWorker")).programmeRuns.get({ runId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a declined place goes to the next family waiting; accepted places enrol, each message queued once", async () => {
    const api = await as("worker");
    expect(await api.programmeRuns.answerOffer({ referralId: await referralIdOf("ava"), answer: "decline" })).toMatchObject({ status: "declined" });
    const run = await api.programmeRuns.get({ runId });
    expect(run.referrals.find((r) => r.personId === kids.cal.childId)).toMatchObject({ status: "offered" });
    for (const who of ["ben", "cal"] as const)
      expect(await api.programmeRuns.answerOffer({ referralId: await referralIdOf(who), answer: "accept" })).toMatchObject({ status: "enrolled" });
    const again = await rejection(api.programmeRuns.answerOffer({ referralId: await referralIdOf("ben"), answer: "accept" }));
    expect(again.fields.answer?.[0]).toMatch(/already answered/);

    const messages = await outbox();
    const kinds = (who: keyof typeof kids, id: string) => messages.filter((m) => m.referralId === id).map((m) => m.kind);
    expect(kinds("ava", await referralIdOf("ava"))).toEqual(["programme_place_offered"]);
    expect(kinds("ben", await referralIdOf("ben"))).toEqual(["programme_place_offered", "programme_enrolled"]);
    expect(kinds("cal", await referralIdOf("cal"))).toEqual(["programme_place_offered", "programme_enrolled"]);
  });

  it("refuses a register before the session has happened, or for a date the run has no session", async () => {
    const api = await as("worker");
    const early = await rejection(api.programmeRuns.register({ runId, sessionDate: "2026-11-26" }));
    expect(early.fields.sessionDate?.[0]).toBe("The register opens on the day of the session");
    now = new Date("2026-11-27T10:00:00Z");
    const wrongDay = await rejection((await as("worker")).programmeRuns.register({ runId, sessionDate: "2026-11-25" }));
    expect(wrongDay.fields.sessionDate?.[0]).toBe("This run has no session on that date");
  });

  it("takes registers, completes by the programme's rule and shows who missed two in a row", async () => {
    const marks: Record<string, [ben: "attended" | "absent" | "apologies", cal: "attended" | "absent" | "apologies"]> = {
      "2026-11-26": ["attended", "attended"],
      "2026-12-03": ["attended", "attended"],
      "2026-12-10": ["attended", "absent"],
      "2026-12-17": ["absent", "apologies"],
    };
    now = new Date("2026-12-17T15:00:00Z");
    const api = await as("worker");
    for (const [sessionDate, [ben, cal]] of Object.entries(marks)) {
      const register = await api.programmeRuns.register({ runId, sessionDate });
      const id = (who: "ben" | "cal") => register.entries.find((e) => e.personId === kids[who].childId)!.enrolmentId;
      await api.programmeRuns.recordRegister({
        runId,
        sessionDate,
        marks: [
          { enrolmentId: id("ben"), status: ben },
          { enrolmentId: id("cal"), status: cal },
        ],
      });
    }
    const run = await api.programmeRuns.get({ runId });
    const ben = run.enrolments.find((e) => e.personId === kids.ben.childId)!;
    const cal = run.enrolments.find((e) => e.personId === kids.cal.childId)!;
    expect(ben).toMatchObject({ attended: 3, needed: 3, completed: true, status: "completed", missedTwoInARow: false });
    expect(cal).toMatchObject({ attended: 2, completed: false, status: "enrolled", missedTwoInARow: true });
    // The staff facilitator is asked to ring the family who missed two in a row, and only them.
    const work = await api.myWork.list({ kinds: ["programme_missed_sessions"] });
    expect(work.items.map((i) => [i.familyName, i.dueOn])).toEqual([["Runcal household", "2026-12-18"]]);
    // The family's chronology shows the child's referral, enrolment and completion.
    const chronology = await api.chronology.list({ familyId: kids.ben.familyId, kind: "group_programme" });
    expect(chronology.events.map((e) => e.title?.split(" ")[0])).toEqual(expect.arrayContaining(["Referred", "Enrolled", "Completed"]));
    expect(chronology.events.find((e) => e.title?.startsWith("Completed"))).toMatchObject({ summary: "3 of 4 sessions attended", significant: true });
    // And its Involvement page shows the place completed, with the sessions attended.
    const involvement = await api.families.involvement({ familyId: kids.ben.familyId });
    expect(involvement.services.programmes?.find((p) => p.personId === kids.ben.childId)).toMatchObject({ status: "completed", attended: 3 });
  });
});

describe("outcome measures before and after", () => {
  const enrolmentOf = async (who: "ben" | "cal") =>
    (await (await as("worker")).programmeRuns.get({ runId })).enrolments.find((e) => e.personId === kids[who].childId)!.enrolmentId;

  it("records an SDQ before and after, and refuses a before after the after, a half-filled SDQ and an out-of-range score", async () => {
    const api = await as("worker");
    const enrolmentId = await enrolmentOf("ben");
    const base = { measure: "sdq" as const, childId: kids.ben.childId, informant: "parent" as const, enrolmentId };
    // All "somewhat true" scores 1 on every item, reversed or not: 20 total difficulties.
    expect(await api.outcomeMeasures.record({ ...base, point: "after", takenOn: "2026-12-17", answers: sdq(0) })).toMatchObject({ total: 10 });
    const calBase = { ...base, childId: kids.cal.childId, enrolmentId: await enrolmentOf("cal") };
    await api.outcomeMeasures.record({ ...calBase, point: "after", takenOn: "2026-12-10", answers: sdq(0) });
    const beforeAfterAfter = await rejection(api.outcomeMeasures.record({ ...calBase, point: "before", takenOn: "2026-12-17", answers: sdq(1) }));
    expect(beforeAfterAfter.fields.takenOn?.[0]).toBe("The “before” measure must be taken on or before the “after” measure");
    const future = await rejection(api.outcomeMeasures.record({ ...base, point: "review", takenOn: "2026-12-18", answers: sdq(1) }));
    expect(future.fields.takenOn?.[0]).toBe("The date taken must be today or in the past");
    expect(await api.outcomeMeasures.record({ ...base, point: "before", takenOn: "2026-11-26", answers: sdq(1) })).toMatchObject({ total: 20 });
    const halfFilled = sdq(1).map((v, i) => (i < 12 ? null : v));
    const half = await rejection(api.outcomeMeasures.record({ ...base, point: "review", takenOn: "2026-12-01", answers: halfFilled }));
    expect(half.fields["answers.4"]?.[0]).toBe("Answer at least 3 of the 5 items on each scale: this SDQ is half-filled");
    const outOfRange = await rejection(
      api.outcomeMeasures.record({ ...base, point: "review", takenOn: "2026-12-01", answers: sdq(1).map((v, i) => (i === 4 ? 3 : v)) }),
    );
    expect(outOfRange.fields["answers.4"]?.[0]).toBe("Score must be between 0 and 2");
    const wemwbs = (answers: number[], point: "before" | "after", takenOn: string) =>
      api.outcomeMeasures.record({ measure: "wemwbs", personId: kids.ben.parentId, enrolmentId, point, takenOn, answers });
    await wemwbs(Array<number>(14).fill(3), "before", "2026-11-26");
    await wemwbs([4, 4, 4, 4, ...Array<number>(10).fill(3)], "after", "2026-12-17");
  });

  it("shows the run's completion and change from those entries, on the run, the report and the person's chart", async () => {
    const api = await as("manager");
    const run = await api.programmeRuns.get({ runId });
    expect(run.figures).toMatchObject({ enrolled: 2, completed: 1, completionRate: 0.5 });
    expect(run.figures.measures).toEqual([
      { measure: "sdq", pairs: 1, meanBefore: 20, meanAfter: 10, meanChange: -10, improved: 1, reliableImprovementShare: null },
      { measure: "wemwbs", pairs: 1, meanBefore: 42, meanAfter: 46, meanChange: 4, improved: 1, reliableImprovementShare: 1 },
    ]);
    const report = await api.programmeRuns.report({ runId });
    expect(report.reach).toEqual({ families: 2, children: 2, byArea: [{ area: "Central", families: 2 }], fromPriorityNeighbourhoods: 1 });
    expect(report.attendance).toMatchObject({ attended: 5, didNotAttend: 2, apologies: 1, rate: 5 / 8 });
    expect(report.csv).toContain("Completion rate,50.0%\r\n");
    const chart = await (await as("worker")).outcomeMeasures.ofPerson({ personId: kids.ben.childId });
    expect(chart.series).toEqual([
      expect.objectContaining({ key: "sdq:parent", change: { before: 20, after: 10, change: -10, direction: "improved" } }),
    ]);
    const figures = await api.programmeRuns.programmeFigures({ programmeId });
    expect(figures).toMatchObject({ runs: 1, figures: { completionRate: 0.5 } });
  });
});
