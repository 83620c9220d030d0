import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "./http-server";

/**
 * Issue 11 §1, "the head teacher gets the outcome by email": a call logged through the API, its
 * decision made (at once, or once a senior confirms it), and the worker emails the caller through
 * the transport (here the outbox, as with neither Notify nor SMTP configured). The consultation
 * records when the transport took it, and nothing about the child is in the email.
 */
let server: HttpTestServer;
let t: HttpTestServer["t"];
let app: HttpTestServer["app"];
let worker: NonNullable<HttpTestServer["worker"]>;

beforeAll(async () => {
  server = await startHttpServer({ withWorker: true });
  ({ t, app } = server);
  worker = server.worker!;
});
afterAll(() => server.stop());

async function signIn(email: string): Promise<string> {
  const res = await app.inject({ method: "POST", url: "/trpc/auth.signIn", payload: { email, password: DEMO_PASSWORD } });
  return String(res.headers["set-cookie"]).split(";")[0]!;
}
async function trpc<T>(cookie: string, path: string, input: unknown): Promise<T> {
  const res = await app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { cookie, "sec-fetch-site": "same-origin" },
    payload: input as object,
  });
  if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}: ${res.body}`);
  return res.json().result.data as T;
}
async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}
/** Runs the feedback scan now and answers what it returned. */
async function runScan(): Promise<unknown> {
  const job = await worker.queues.enqueue("consultations.feedback-scan", {});
  const queue = worker.queues.queue("maintenance");
  const done = await until(async () => {
    const found = await queue.getJob(job.id!);
    return found && (await found.isCompleted()) && found;
  });
  return done.returnvalue as unknown;
}
const outboxFor = (recipient: string) => t.db.select().from(schema.outboxMessages).where(eq(schema.outboxMessages.recipient, recipient));

type Reference = { localities: { id: string; areaId: string }[]; organisations: { id: string; kind: string }[] };
type Detail = { id: string; reference: string; status: string; feedback: { sentAt: string; method: string } | null; canConfirm: boolean };

const concern = "Secretconcern: bruising on the arm, and Tomasz says he is hungry.";
async function call(cookie: string, overrides: Record<string, unknown>) {
  const reference = await trpc<Reference>(cookie, "consultations.reference", {});
  const [north] = await t.db.select().from(schema.areas).where(eq(schema.areas.code, "north"));
  return trpc<{ id: string; reference: string; status: string }>(cookie, "consultations.create", {
    callerName: "Ms Head",
    callerRole: "Head teacher",
    organisationId: reference.organisations.find((o) => o.kind === "school")!.id,
    familyKind: "no_names",
    childAge: 7,
    childSetting: "Secretsetting Primary, Year 2",
    localityId: reference.localities.find((l) => l.areaId === north!.id)!.id,
    concern,
    indicatorCodes: ["PC-BAS-2", "CD-HLT-2"],
    protectiveFactors: [],
    adviceGiven: "Suggest the breakfast club to the parent.",
    outcome: "signpost",
    signpostTo: "Breakfast club",
    level: 2,
    ...overrides,
  });
}

describe("feedback to the referrer by email", () => {
  it("emails the caller once the decision is made, with the reference and what happens next and nothing about the child", async () => {
    const cookie = await signIn("lcss.worker@hearth.test");
    const email = `head.${randomUUID()}@school.example`;
    const recorded = await call(cookie, { callerEmail: email });
    expect(recorded.status).toBe("awaiting_feedback");

    const [message] = await until(async () => (await outboxFor(email)).length > 0 && outboxFor(email));
    expect(message).toMatchObject({ channel: "email", subject: `Your consultation ${recorded.reference}: a decision has been made` });
    expect(message!.body).toContain(`reference ${recorded.reference}`);
    expect(message!.body).toContain("What happens next: You were given the details of a service or programme that can help.");
    for (const secret of ["Secretconcern", "Tomasz", "Secretsetting", "PC-BAS", "CD-HLT", "Level", "level 2"])
      expect(`${message!.subject} ${message!.body}`).not.toContain(secret);

    const shown = await until(async () => {
      const detail = await trpc<Detail>(cookie, "consultations.get", { consultationId: recorded.id });
      return detail.feedback ? detail : undefined;
    });
    expect(shown).toMatchObject({ status: "closed", feedback: { method: "email" } });
    const [delivery] = await t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.id, message!.deliveryId));
    expect(delivery).toMatchObject({ kind: "consultation_feedback", status: "sent", bookingId: null });
    expect(new Date(shown.feedback!.sentAt).getTime()).toBe(delivery!.sentAt!.getTime());

    // The scan finds nothing left to send, and a second send job sends nothing more.
    expect(await runScan()).toEqual({ queued: 0 });
    expect(await outboxFor(email)).toHaveLength(1);
  });

  it("waits for a senior's confirmation where one is required, then emails", async () => {
    const cookie = await signIn("lcss.worker@hearth.test");
    const email = `dsl.${randomUUID()}@school.example`;
    const recorded = await call(cookie, {
      callerEmail: email,
      indicatorCodes: ["PC-BAS-3"],
      level: 2,
      rationale: "Grandmother cooks for the family every day.",
    });
    expect(recorded.status).toBe("awaiting_confirmation");
    expect(await runScan()).toEqual({ queued: 0 });
    expect(await outboxFor(email)).toEqual([]);

    // The demo senior practitioner works in Central; this call is North's.
    const [north] = await t.db.select().from(schema.areas).where(eq(schema.areas.code, "north"));
    await t.db.update(schema.staffUsers).set({ areaId: north!.id }).where(eq(schema.staffUsers.email, "lcss.senior@hearth.test"));
    const senior = await signIn("lcss.senior@hearth.test");
    await trpc(senior, "consultations.confirmDecision", { consultationId: recorded.id });
    const [message] = await until(async () => (await outboxFor(email)).length > 0 && outboxFor(email));
    expect(message!.subject).toContain(recorded.reference);
    const shown = await until(async () => {
      const detail = await trpc<Detail>(cookie, "consultations.get", { consultationId: recorded.id });
      return detail.feedback ? detail : undefined;
    });
    expect(shown.status).toBe("closed");
  });
});
