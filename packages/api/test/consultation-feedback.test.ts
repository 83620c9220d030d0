import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaIdOf, auditRows, rejection, signedInAs } from "./support";

/**
 * Issue 11 §1, feedback to the referrer: a decided consultation whose referrer has not been told
 * is the taker's work, due 2 working days after the decision (bank holidays skipped) and overdue
 * after; phone feedback closes it; the day's queue filters by status, locality and worker. The
 * email itself, through the worker and the outbox, is apps/api/test/consultation-feedback.test.ts.
 */
let t: TestDatabase;
// Thursday 24 December 2026: the next two days are bank holidays (Christmas, Boxing Day substitute).
let clock = new Date("2026-12-24T10:00:00Z");
const now = () => clock;
let northLocalityId: string;
let otherLocalityId: string;
let schoolId: string;

const call = (overrides: Record<string, unknown> = {}) => ({
  callerName: "Priya Shah",
  callerRole: "Designated safeguarding lead",
  organisationId: schoolId,
  callerPhone: "01295 123456",
  familyKind: "no_names" as const,
  childAge: 9,
  childSetting: "Year 4",
  localityId: northLocalityId,
  concern: "Arrives hungry most days.",
  indicatorCodes: ["PC-BAS-2", "CD-HLT-2"],
  protectiveFactors: [],
  adviceGiven: "Breakfast club and the food bank.",
  outcome: "signpost" as const,
  signpostTo: "Breakfast club",
  level: 2,
  ...overrides,
});
const workerApi = async () => (await signedInAs(t.db, "lcss_worker", { now })).call();
const feedbackItems = async () => (await (await workerApi()).myWork.list({ kinds: ["consultation_feedback"] })).items;

beforeAll(async () => {
  t = await createTestDatabase();
  const reference = await (await workerApi()).consultations.reference({});
  const north = await areaIdOf(t.db, "north");
  const northLocalities = reference.localities.filter((l) => l.areaId === north);
  northLocalityId = northLocalities[0]!.id;
  otherLocalityId = northLocalities[1]!.id;
  schoolId = reference.organisations.find((o) => o.kind === "school")!.id;
});
afterAll(() => t.destroy());

describe("feedback to the referrer", () => {
  let consultationId: string;

  it("puts a decided call in the taker's My work, due 2 working days on with bank holidays skipped, naming no family", async () => {
    consultationId = (await (await workerApi()).consultations.create(call())).id;
    const [item] = (await feedbackItems()).filter((i) => i.consultationId === consultationId);
    // Thursday 24th: Friday 25th and Monday 28th are bank holidays, so Tuesday 29th and Wednesday 30th.
    expect(item).toMatchObject({ kind: "consultation_feedback", dueOn: "2026-12-30", status: "due", familyId: null, familyName: null });
    expect(item!.title).toMatch(/^Tell the referrer the decision on LC\d{6}$/);
    const shown = await (await workerApi()).consultations.get({ consultationId });
    expect(shown).toMatchObject({ status: "awaiting_feedback", feedbackDueOn: "2026-12-30", feedback: null });
  });

  it("shows it as due today on the due day and overdue the working day after", async () => {
    clock = new Date("2026-12-30T09:00:00Z");
    expect((await feedbackItems()).find((i) => i.consultationId === consultationId)?.status).toBe("due_today");
    clock = new Date("2026-12-31T09:00:00Z");
    expect((await feedbackItems()).find((i) => i.consultationId === consultationId)?.status).toBe("overdue");
    expect((await (await workerApi()).myWork.list({ statuses: ["overdue"] })).items.map((i) => i.consultationId)).toContain(consultationId);
  });

  it("records feedback given by phone: the consultation closes and leaves My work; a second record is refused", async () => {
    const api = await workerApi();
    const told = await api.consultations.recordFeedback({ consultationId, method: "phone", note: "Rang the DSL back." });
    expect(told).toMatchObject({ status: "closed", feedbackDueOn: null, feedback: { method: "phone", recordedByName: "Lena Carter" } });
    expect(told.feedback!.sentAt).toBe("2026-12-31T09:00:00.000Z");
    expect((await feedbackItems()).map((i) => i.consultationId)).not.toContain(consultationId);
    const again = await rejection(api.consultations.recordFeedback({ consultationId, method: "phone" }));
    expect(again.fields.method?.[0]).toMatch(/already been given feedback/);
    const audited = (await auditRows(t.db)).filter((a) => a.action === "consultations.recordFeedback" && a.entityId === consultationId);
    expect(audited).toHaveLength(1);
  });

  it("is not due while a senior has still to confirm the decision, and phone feedback is refused until then", async () => {
    const api = await workerApi();
    const waiting = await api.consultations.create(
      call({ indicatorCodes: ["PC-BAS-3"], level: 2, rationale: "Grandmother cooks for the family.", outcome: "advice_only", signpostTo: undefined }),
    );
    expect(waiting.status).toBe("awaiting_confirmation");
    expect((await feedbackItems()).map((i) => i.consultationId)).not.toContain(waiting.id);
    const refused = await rejection(api.consultations.recordFeedback({ consultationId: waiting.id, method: "phone" }));
    expect(refused.fields.method?.[0]).toMatch(/senior practitioner must confirm/);
    const [row] = await t.db.select().from(schema.consultations).where(eq(schema.consultations.id, waiting.id));
    expect(row).toMatchObject({ status: "awaiting_confirmation", feedbackSentAt: null });
  });

  it("answers another area's consultation as unknown", async () => {
    const central = await (await signedInAs(t.db, "lcss_senior", { now })).call();
    await expect(central.consultations.recordFeedback({ consultationId, method: "phone" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the day's queue", () => {
  it("filters by status, locality and the worker who took the call", async () => {
    const api = await workerApi();
    const there = await api.consultations.create(call({ localityId: otherLocalityId }));
    const reference = await api.consultations.reference({});
    const lena = reference.workers.find((w) => w.name === "Lena Carter")!;
    expect(lena).toBeDefined();

    const inOther = await api.consultations.list({ localityId: otherLocalityId });
    expect(inOther.consultations.map((c) => c.id)).toEqual([there.id]);
    expect(inOther.consultations[0]).toMatchObject({
      localityName: expect.any(String),
      status: "awaiting_feedback",
      feedbackDueOn: expect.any(String),
    });

    const awaiting = await api.consultations.list({ status: "awaiting_confirmation" });
    expect(awaiting.consultations.length).toBeGreaterThan(0);
    expect(awaiting.consultations.every((c) => c.status === "awaiting_confirmation")).toBe(true);
    expect((await api.consultations.list({ status: "closed" })).consultations.every((c) => c.status === "closed")).toBe(true);

    expect((await api.consultations.list({ takenBy: lena.id })).consultations.length).toBeGreaterThanOrEqual(3);
    const [somebodyElse] = await t.db
      .select()
      .from(schema.staffUsers)
      .where(and(eq(schema.staffUsers.role, "lcss_senior")));
    expect((await api.consultations.list({ takenBy: somebodyElse!.id })).consultations).toEqual([]);
  });
});
