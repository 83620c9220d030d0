import { randomUUID } from "node:crypto";
import { insertConsultation, insertThresholdDecision, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import type { LcssHome } from "@hearth/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { client, signedInAs, testConfig } from "./support";

/**
 * The LCSS home (issue 11) against real PostgreSQL, each figure computed from rows made here in two
 * areas of their own, so nothing the seed writes can move them: open consultations by locality, the
 * share of referrers told within 2 working days (Easter's bank holidays skipped), assessments by
 * status and open teams' overdue reviews; another area's staff see none of it, an administrator all.
 */
let t: TestDatabase;
// Monday 20 April 2026.
const now = new Date("2026-04-20T10:00:00Z");
let areaId: string;
let worker: { id: string };
let otherAreaWorker: { id: string };
const localityIds: Record<"mill" | "green", string> = {} as never;

async function as(staffId: string) {
  const c = client(t.db, { now: () => now });
  await startSession(t.db, c.cookies, testConfig, { staffId, now, ip: null, userAgent: null });
  return c.call();
}

async function newArea(code: string) {
  const [area] = await t.db
    .insert(schema.areas)
    .values({ code, name: `Area ${code}`, office: "Town Hall" })
    .returning();
  const [anyStaff] = await t.db.select().from(schema.staffUsers).limit(1);
  const [staff] = await t.db
    .insert(schema.staffUsers)
    .values({
      email: `home.${randomUUID()}@hearth.test`,
      displayName: `Home ${code}`,
      role: "lcss_worker",
      areaId: area!.id,
      passwordHash: anyStaff!.passwordHash,
    })
    .returning();
  return { areaId: area!.id, staff: { id: staff!.id } };
}

async function consultation(status: "open" | "awaiting_feedback" | "closed", localityId: string | null = null) {
  return insertConsultation(t.db, {
    areaId,
    localityId,
    takenBy: worker.id,
    immediateRisk: false,
    familyKind: "no_names",
    childAge: 7,
    outcome: "advice_only",
    status,
    receivedAt: new Date("2026-04-01T09:00:00Z"),
  });
}

/** A decided call, and when (if ever) the referrer was emailed. */
async function decided(decidedOn: string, toldAt: string | null) {
  const row = await consultation(toldAt ? "closed" : "awaiting_feedback");
  await insertThresholdDecision(t.db, {
    decision: {
      consultationId: row.id,
      childIds: [],
      consent: "no_names",
      decidedByStaffId: worker.id,
      decidedOn,
      indicatorCodes: [],
      protectiveFactors: [],
      level: 2,
      rationale: "Home figures",
      outcome: "advice",
    },
    suggestedLevel: 2,
    seniorConfirmationRequired: false,
  });
  if (toldAt)
    await t.db
      .update(schema.consultations)
      .set({ feedbackSentAt: new Date(toldAt), feedbackMethod: "email" })
      .where(eq(schema.consultations.id, row.id));
}

beforeAll(async () => {
  t = await createTestDatabase();
  const mine = await newArea(`home-${randomUUID().slice(0, 8)}`);
  areaId = mine.areaId;
  worker = mine.staff;
  otherAreaWorker = (await newArea(`other-${randomUUID().slice(0, 8)}`)).staff;
  for (const name of ["mill", "green"] as const) {
    const [row] = await t.db
      .insert(schema.localities)
      .values({ areaId, name: `Home ${name} ${randomUUID()}` })
      .returning();
    localityIds[name] = row!.id;
  }

  await consultation("open", localityIds.mill);
  await consultation("open", localityIds.mill);
  await consultation("open", localityIds.green);
  await consultation("open");
  // Decided calls waiting for feedback are open too: in no locality here, so they add to the null row.
  await consultation("closed", localityIds.green);

  // Thursday 2 April: Good Friday and Easter Monday skipped, due Wednesday 8 April.
  await decided("2026-04-02", "2026-04-08T15:00:00Z"); // on time
  await decided("2026-04-02", "2026-04-09T09:00:00Z"); // late
  await decided("2026-04-02", null); // overdue
  await decided("2026-04-17", null); // due Tuesday 21: still in time
  await decided("2026-01-05", null); // before the 13-week window

  const [family] = await t.db.insert(schema.families).values({ name: "Home family", areaId }).returning();
  const assessment = async (status: "draft" | "completed" | "signed_off") => {
    const [row] = await t.db
      .insert(schema.earlyHelpAssessments)
      .values({ familyId: family!.id, status, startedOn: "2026-02-01", dueOn: "2026-03-01" })
      .returning();
    return row!.id;
  };
  await assessment("draft");
  await assessment("draft");
  const completed = await assessment("completed");
  const signedOff = await assessment("signed_off");
  const closedOne = await assessment("signed_off");
  const team = async (assessmentId: string, closed = false) => {
    const [row] = await t.db
      .insert(schema.teamsAroundFamilies)
      .values({
        assessmentId,
        familyId: family!.id,
        startedOn: "2026-01-10",
        leadStaffId: worker.id,
        createdBy: worker.id,
        ...(closed ? { status: "closed" as const, closedOn: "2026-04-01", closureReason: "outcomes_met" as const } : {}),
      })
      .returning();
    return row!.id;
  };
  const recent = await team(completed);
  const old = await team(signedOff);
  const shut = await team(closedOne, true);
  await t.db.insert(schema.tafReviews).values([
    { tafId: recent, dueOn: "2026-04-13" }, // a week overdue
    { tafId: recent, dueOn: "2026-02-20", heldOn: "2026-02-20", summary: "Held" }, // held: not overdue
    { tafId: old, dueOn: "2026-02-01" }, // over 6 weeks
    { tafId: shut, dueOn: "2026-02-01" }, // the team has closed
  ]);
});
afterAll(() => t?.destroy());

const count = <T extends { count: number }>(rows: T[], match: (row: T) => boolean) => rows.find(match)?.count;

describe("the LCSS home", () => {
  let figures: LcssHome;
  beforeAll(async () => {
    figures = await (await as(worker.id)).lcssHome.figures({});
  });

  it("counts open consultations by locality, and the list each links to holds the same calls", async () => {
    expect(figures.openConsultationsByLocality.map((l) => [l.localityId, l.count])).toEqual(
      expect.arrayContaining([
        [localityIds.mill, 2],
        [localityIds.green, 1],
        [null, 4],
      ]),
    );
    expect(figures.openConsultationsByLocality).toHaveLength(3);
    const listed = await (await as(worker.id)).consultations.list({ openOnly: true, localityId: localityIds.mill });
    expect(listed.consultations).toHaveLength(2);
  });

  it("gives the share of referrers told within 2 working days of the decisions whose deadline has passed", () => {
    expect(figures.feedback.from).toBe("2026-01-20");
    expect(figures.feedback.judged).toBe(3);
    expect(figures.feedback.onTimePercent).toBe(33);
    expect(Object.fromEntries(figures.feedback.counts.map((c) => [c.kind, c.count]))).toEqual({ on_time: 1, late: 1, overdue: 1, not_yet_due: 1 });
  });

  it("counts assessments by status", () => {
    expect(Object.fromEntries(figures.assessmentsByStatus.map((a) => [a.status, a.count]))).toEqual({
      draft: 2,
      completed: 1,
      signed_off: 2,
      reviewed: 0,
    });
  });

  it("counts open teams whose review is overdue, by how long", () => {
    expect(Object.fromEntries(figures.overdueTafReviews.map((r) => [r.band, r.count]))).toEqual({
      up_to_2_weeks: 1,
      "2_to_6_weeks": 0,
      over_6_weeks: 1,
    });
    expect(figures.areaName).toMatch(/^Area home-/);
  });

  it("shows another area's worker nothing of this area", async () => {
    const theirs = await (await as(otherAreaWorker.id)).lcssHome.figures({});
    expect(theirs.openConsultationsByLocality).toEqual([]);
    expect(theirs.feedback.judged).toBe(0);
    expect(theirs.feedback.onTimePercent).toBeNull();
    expect(theirs.assessmentsByStatus.every((a) => a.count === 0)).toBe(true);
  });

  it("shows an administrator the county, this area included", async () => {
    const county = await (await (await signedInAs(t.db, "admin", { now: () => now })).call()).lcssHome.figures({});
    expect(county.areaName).toBeNull();
    expect(count(county.openConsultationsByLocality, (l) => l.localityId === localityIds.mill)).toBe(2);
    expect(county.feedback.judged).toBeGreaterThanOrEqual(3);
    expect(count(county.assessmentsByStatus, (a) => a.status === "signed_off")).toBeGreaterThanOrEqual(2);
  });
});
