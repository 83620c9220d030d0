import { randomUUID } from "node:crypto";
import { insertFssCase, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { areaIdOf, client, testConfig } from "./support";

/**
 * The FSS home's "due this week" (issue 12) counts working days, as the visit cadence does, against
 * real PostgreSQL on a controlled clock: on the Thursday before Easter a CP visit due the Thursday
 * after (10 working days from the case's opening) is due this week, though 7 days away.
 */
let t: TestDatabase;
// Thursday 2 April 2026, 10:00 in London; Good Friday and Easter Monday follow.
const now = () => new Date("2026-04-02T09:00:00Z");
let workerId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const northId = await areaIdOf(t.db, "north");
  const [worker] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `fss.${randomUUID()}@hearth.test`, displayName: "Wendy Week", role: "fss_worker", areaId: northId })
    .returning();
  workerId = worker!.id;
  const [child] = await t.db
    .insert(schema.people)
    .values({ firstName: "Eli", lastName: "Easter", dateOfBirth: "2016-01-01", areaId: northId })
    .returning();
  const [family] = await t.db.insert(schema.families).values({ name: "Easter household", areaId: northId }).returning();
  await t.db.insert(schema.familyMembers).values({ familyId: family!.id, personId: child!.id, role: "child" });
  // Opened Tuesday 24 March and not yet visited: the CP visit is due 10 working days on, Thursday 9 April.
  await insertFssCase(t.db, {
    familyId: family!.id,
    areaId: northId,
    keyWorkerId: workerId,
    reason: "CP plan",
    openedOn: "2026-03-24",
    openedBy: workerId,
    children: [{ personId: child!.id, category: "child_protection_plan" }],
  });
});
afterAll(() => t.destroy());

describe("the FSS home's week", () => {
  it("counts a visit due in the next 5 working days as due this week, bank holidays skipped", async () => {
    const c = client(t.db, { now });
    await startSession(t.db, c.cookies, testConfig, { staffId: workerId, now: now(), ip: null, userAgent: null });
    const api = await c.call();
    const visit = (await api.myWork.list({ kinds: ["case_visit"] })).items[0];
    expect(visit?.dueOn).toBe("2026-04-09");
    const home = await api.fssHome.figures({});
    expect(home.mine.visits).toEqual([
      { timing: "overdue", count: 0 },
      { timing: "due_this_week", count: 1 },
      { timing: "due_later", count: 0 },
    ]);
  });
});
