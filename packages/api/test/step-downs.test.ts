import { randomUUID } from "node:crypto";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { areaIdOf, auditRows, client, rejection, testConfig } from "./support";

/**
 * Issue 12 §2 / issue 11 §5 against real PostgreSQL: a case closed with a step-down to LCSS
 * arrives in the area's LCSS queue with FSS's closing note and in the senior practitioner's My
 * work (due two working days on, bank holidays skipped), until a locality worker picks it up.
 * Another area's LCSS cannot see or pick it up; a case closed without a step-down is not one.
 */
let t: TestDatabase;
// Thursday 2 April 2026, 10:00 in London: Good Friday and Easter Monday follow.
const clock = new Date("2026-04-02T09:00:00Z");
const now = () => clock;
const staffIds: Record<"manager" | "keyWorker" | "lcssWorker" | "lcssSenior" | "southLcss", string> = {} as never;
let familyId: string;
let childId: string;

async function addStaff(who: keyof typeof staffIds, role: "fss_manager" | "fss_worker" | "lcss_worker" | "lcss_senior", areaId: string) {
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `${who}.${randomUUID()}@hearth.test`, displayName: `Step ${who}`, role, areaId })
    .returning();
  staffIds[who] = row!.id;
}
async function as(who: keyof typeof staffIds) {
  const c = client(t.db, { now });
  await startSession(t.db, c.cookies, testConfig, { staffId: staffIds[who], now: now(), ip: null, userAgent: null });
  return c.call();
}
async function closedCase(stepDownToLcss: boolean) {
  const { caseId } = await (
    await as("manager")
  ).cases.open({ familyId, children: [{ personId: childId, category: "child_in_need" }], keyWorkerId: staffIds.keyWorker, reason: "Neglect" });
  await (
    await as("keyWorker")
  ).cases.close({
    caseId,
    reason: "Plan complete",
    summary: "Mum is engaging with the school; attendance is up. Early help can keep the routine going.",
    outcome: "partly_met",
    stepDownToLcss,
  });
  return caseId;
}
const stepDownWork = async (who: keyof typeof staffIds) =>
  (await (await as(who)).myWork.list({ kinds: ["case_step_down"] })).items.filter((i) => i.familyId === familyId);

beforeAll(async () => {
  t = await createTestDatabase();
  const central = await areaIdOf(t.db, "central");
  await addStaff("manager", "fss_manager", central);
  await addStaff("keyWorker", "fss_worker", central);
  await addStaff("lcssWorker", "lcss_worker", central);
  await addStaff("lcssSenior", "lcss_senior", central);
  await addStaff("southLcss", "lcss_worker", await areaIdOf(t.db, "south"));
  const [child] = await t.db
    .insert(schema.people)
    .values({ firstName: "Remy", lastName: "Stepdown", dateOfBirth: "2015-05-05", areaId: central })
    .returning();
  childId = child!.id;
  const [family] = await t.db.insert(schema.families).values({ name: "Stepdown household", areaId: central }).returning();
  familyId = family!.id;
  await t.db.insert(schema.familyMembers).values({ familyId, personId: childId, role: "child" });
});
afterAll(() => t.destroy());

describe("a step-down at a case's closure", () => {
  it("arrives in the area's LCSS queue with the closing note and in the senior's My work, and is picked up once", async () => {
    const caseId = await closedCase(true);
    const queue = (await (await as("lcssWorker")).stepDowns.list({})).stepDowns;
    expect(queue).toEqual([
      expect.objectContaining({
        caseId,
        familyId,
        familyName: "Stepdown household",
        closedByName: "Step keyWorker",
        closeReason: "Plan complete",
        closeSummary: expect.stringContaining("Early help can keep the routine going"),
        outcome: "partly_met",
      }),
    ]);
    // Closed on Thursday 2 April; Good Friday and Easter Monday are not working days.
    expect(await stepDownWork("lcssSenior")).toEqual([
      expect.objectContaining({ id: `case-step-down:${caseId}`, kind: "case_step_down", dueOn: "2026-04-08", status: "due" }),
    ]);
    expect(await stepDownWork("lcssWorker")).toEqual([]);
    expect((await (await as("southLcss")).stepDowns.list({})).stepDowns.map((s) => s.caseId)).not.toContain(caseId);
    expect((await rejection((await as("southLcss")).stepDowns.pickUp({ caseId }))).code).toBe("NOT_FOUND");

    const picked = await (await as("lcssWorker")).stepDowns.pickUp({ caseId });
    expect(picked).toEqual({ caseId, pickedUpAt: clock.toISOString() });
    expect((await rejection((await as("lcssSenior")).stepDowns.pickUp({ caseId }))).code).toBe("CONFLICT");
    expect(await stepDownWork("lcssSenior")).toEqual([]);
    expect((await (await as("lcssWorker")).stepDowns.list({})).stepDowns).toEqual([]);
    const [row] = await t.db.select().from(schema.fssCases).where(eq(schema.fssCases.id, caseId));
    expect(row).toMatchObject({ stepDownPickedUpBy: staffIds.lcssWorker });
    const actions = (await auditRows(t.db)).filter((r) => r.entityId === caseId).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["stepDowns.pickUp"]));
    expect(
      (
        await t.db
          .select()
          .from(schema.auditEvents)
          .where(inArray(schema.auditEvents.action, ["stepDowns.list"]))
      ).some((r) => r.entityId === familyId),
    ).toBe(true);
  });

  it("is not made by a closure without a step-down", async () => {
    const caseId = await closedCase(false);
    expect((await (await as("lcssWorker")).stepDowns.list({})).stepDowns.map((s) => s.caseId)).not.toContain(caseId);
    expect((await rejection((await as("lcssWorker")).stepDowns.pickUp({ caseId }))).code).toBe("NOT_FOUND");
  });
});
