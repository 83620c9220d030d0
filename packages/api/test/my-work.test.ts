import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { areaIdOf, auditRows, client, rejection, signedInAs, testConfig } from "./support";

/** Issue 10 §4: the staff home page lists what is due for me and, for managers, my team. */
let t: TestDatabase;
const today = "2026-03-10";
const now = () => new Date(`${today}T09:00:00Z`);

let centralWorkerId: string;
let seniorId: string;
let northWorkerId: string;

async function staffIdOf(email: string) {
  const [row] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, email));
  return row!.id;
}
async function family(name: string, areaId: string) {
  const [row] = await t.db.insert(schema.families).values({ name, areaId }).returning();
  return row!.id;
}
async function assessment(familyId: string, lead: string, dueOn: string, status: "draft" | "completed" = "draft") {
  await t.db.insert(schema.earlyHelpAssessments).values({
    familyId,
    leadProfessionalStaffId: lead,
    startedOn: "2026-02-01",
    dueOn,
    status,
    completedOn: status === "completed" ? "2026-03-01" : null,
  });
}
async function asCentralWorker() {
  const c = client(t.db, { now });
  await startSession(t.db, c.cookies, testConfig, { staffId: centralWorkerId, now: now(), ip: null, userAgent: null });
  return c.call();
}

beforeAll(async () => {
  t = await createTestDatabase({ max: 5 });
  const central = await areaIdOf(t.db, "central");
  const north = await areaIdOf(t.db, "north");
  const [worker] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `central.worker.${randomUUID()}@hearth.test`, displayName: "Chris Central", role: "lcss_worker", areaId: central })
    .returning();
  centralWorkerId = worker!.id;
  seniorId = await staffIdOf("lcss.senior@hearth.test");
  northWorkerId = await staffIdOf("lcss.worker@hearth.test");

  await assessment(await family("Overdue family", central), centralWorkerId, "2026-03-09");
  await assessment(await family("Today family", central), centralWorkerId, today);
  await assessment(await family("Later family", central), centralWorkerId, "2026-03-20");
  await assessment(await family("Finished family", central), centralWorkerId, "2026-03-05", "completed");
  await assessment(await family("Senior family", central), seniorId, "2026-03-11");
  await assessment(await family("North family", north), northWorkerId, "2026-03-01");
});
afterAll(() => t.destroy());

describe("my work", () => {
  it("lists only my open tasks, soonest first, with overdue, due today and due worked out for today", async () => {
    const mine = await (await asCentralWorker()).myWork.list({});
    expect(mine.today).toBe(today);
    expect(mine.items.map((i) => [i.familyName, i.status, i.assignedTo.name])).toEqual([
      ["Overdue family", "overdue", "Chris Central"],
      ["Today family", "due_today", "Chris Central"],
      ["Later family", "due", "Chris Central"],
    ]);
    expect(mine.items.every((i) => i.kind === "early_help_assessment")).toBe(true);
  });

  it("filters by status and kind", async () => {
    const api = await asCentralWorker();
    expect((await api.myWork.list({ statuses: ["overdue"] })).items.map((i) => i.familyName)).toEqual(["Overdue family"]);
    expect((await api.myWork.list({ kinds: ["early_help_assessment"], statuses: ["due"] })).items.map((i) => i.familyName)).toEqual(["Later family"]);
  });

  it("shows a manager their area's team and never another area's", async () => {
    const senior = await (await signedInAs(t.db, "lcss_senior", { now })).call();
    expect((await senior.myWork.list({})).items.map((i) => i.familyName)).toEqual(["Senior family"]);
    const team = await senior.myWork.list({ team: true });
    expect(team.team).toBe(true);
    expect(team.items.map((i) => i.familyName).sort()).toEqual(["Later family", "Overdue family", "Senior family", "Today family"]);
  });

  it("refuses the team view to someone who manages no team, and audits the refusal", async () => {
    const refused = await rejection((await asCentralWorker()).myWork.list({ team: true }));
    expect(refused.code).toBe("FORBIDDEN");
    const last = (await auditRows(t.db)).at(-1)!;
    expect(last).toMatchObject({ action: "myWork.list", outcome: "denied", actorStaffId: centralWorkerId });
  });

  it("audits a read of each family shown", async () => {
    const before = (await auditRows(t.db)).length;
    const shown = await (await asCentralWorker()).myWork.list({});
    const reads = (await auditRows(t.db)).slice(before).filter((r) => r.action === "family.read");
    expect(reads.map((r) => r.entityId).sort()).toEqual(shown.items.map((i) => i.familyId).sort());
    expect(reads.every((r) => r.actorStaffId === centralWorkerId && r.entityType === "family")).toBe(true);
  });
});
