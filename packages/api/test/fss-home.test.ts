import { randomUUID } from "node:crypto";
import { insertRequestForService, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { addDays, londonDateOf } from "@hearth/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaIdOf, rejection, signedInAs, type Client } from "./support";

/**
 * The FSS home's figures (issue 12) against real PostgreSQL, in North with the demo FSS staff moved
 * there: a worker's open case with a child on a CP plan never visited (overdue), its first plan
 * review and the request waiting for the allocation meeting; the manager sees the intake and the
 * team's load, the worker only their own; LCSS staff have no FSS home.
 */
let t: TestDatabase;
let manager: Client;
let worker: Client;
let workerId: string;
let spareWorkerId: string;
const today = () => londonDateOf(new Date());

beforeAll(async () => {
  t = await createTestDatabase();
  const northId = await areaIdOf(t.db, "north");
  await t.db.update(schema.staffUsers).set({ areaId: northId }).where(eq(schema.staffUsers.role, "fss_manager"));
  await t.db.update(schema.staffUsers).set({ areaId: northId }).where(eq(schema.staffUsers.role, "fss_worker"));
  const [demoWorker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "fss_worker")).limit(1);
  workerId = demoWorker!.id;
  const [spare] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `fss.${randomUUID()}@hearth.test`, displayName: "Sam Spare", role: "fss_worker", areaId: northId })
    .returning();
  spareWorkerId = spare!.id;
  worker = await signedInAs(t.db, "fss_worker");
  manager = await signedInAs(t.db, "fss_manager");
  const lcss = await (await signedInAs(t.db, "lcss_worker")).call();
  const child = await lcss.people.create({ firstName: "Hana", lastName: "Home", dateOfBirth: "2015-03-01", postcode: "OX16 1AA" });
  if (child.status !== "created") throw new Error("expected a new person");
  const familyId = (
    await lcss.families.create({ name: "Home household", postcode: "OX16 1AA", members: [{ personId: child.person.id, role: "child" }] })
  ).id;
  const { caseId } = await (
    await manager.call()
  ).cases.open({
    familyId,
    children: [{ personId: child.person.id, category: "child_protection_plan" }],
    keyWorkerId: workerId,
    reason: "Home test",
  });
  // Opened 40 days ago and never visited: the CP child's visit is overdue, whatever the working days.
  await t.db
    .update(schema.fssCases)
    .set({ openedOn: addDays(today(), -40) })
    .where(eq(schema.fssCases.id, caseId));
  const [requester] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker")).limit(1);
  await insertRequestForService(t.db, {
    areaId: northId,
    familyId,
    level: 3,
    reasons: "Needs exceed early help",
    triedSoFar: "A TAF",
    consentGivenBy: "Mother",
    consentGivenOn: today(),
    requestedBy: requester!.id,
    requestedAt: new Date(),
  });
});
afterAll(() => t.destroy());

const countOf = (counts: { timing: string; count: number }[], timing: string) => counts.find((c) => c.timing === timing)?.count ?? 0;

describe("the FSS home's figures", () => {
  it("gives a worker their open cases and overdue visit, and no team", async () => {
    const home = await (await worker.call()).fssHome.figures({});
    expect(home.mine.openCases).toBe(1);
    expect(countOf(home.mine.visits, "overdue")).toBe(1);
    expect(home.mine.reviews.reduce((n, r) => n + r.count, 0)).toBe(1);
    expect(home.team).toBeNull();
  });

  it("gives a manager the intake waiting and each worker's load", async () => {
    const home = await (await manager.call()).fssHome.figures({});
    expect(home.mine.openCases).toBe(0);
    expect(home.team?.intakeWaiting).toBe(1);
    expect(home.team?.visitsOverdue).toBe(1);
    const load = home.team!.workers.find((w) => w.id === workerId);
    expect(load).toMatchObject({ families: 1, children: 1, childProtectionPlans: 1, visitsOverdue: 1 });
    expect(home.team!.workers.find((w) => w.id === spareWorkerId)).toMatchObject({ families: 0, visitsOverdue: 0 });
  });

  it("is not for LCSS staff", async () => {
    const lcss = await (await signedInAs(t.db, "lcss_worker")).call();
    expect((await rejection(lcss.fssHome.figures({}))).code).toBe("FORBIDDEN");
  });
});
