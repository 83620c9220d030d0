import { defaultApiConfig, TOO_MANY_REQUESTS } from "@hearth/api";
import { DEMO_PASSWORD, hashToken, insertAdviceRequest, newToken, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "./http-server";

/**
 * "Ask for advice about a child" (issue 11 §2) over HTTP against real PostgreSQL and Redis, with
 * the worker sending through the outbox transport: submit → email in the outbox → confirm →
 * consultation awaiting a call back in the locality's queue → picked up → email to the professional.
 */
let server: HttpTestServer;
let t: HttpTestServer["t"];
let app: HttpTestServer["app"];
let northLocalityId: string;
let northAreaId: string;

beforeAll(async () => {
  server = await startHttpServer({
    config: { adviceRequests: { ...defaultApiConfig.adviceRequests, perAddressPerHour: 4, perEmailPerHour: 2 } },
    withWorker: true,
  });
  ({ t, app } = server);
  const [north] = await t.db.select().from(schema.areas).where(eq(schema.areas.code, "north"));
  northAreaId = north!.id;
  const [locality] = await t.db.select().from(schema.localities).where(eq(schema.localities.areaId, northAreaId)).limit(1);
  northLocalityId = locality!.id;
});
afterAll(() => server.stop());

// The domain's words, as the professional reads them (apps/api does not depend on @hearth/domain).
const ADVICE_LINK_INVALID = "This link has expired or has already been used. Send your request again.";
type AdviceRequestSubmit = Record<string, unknown> & { email: string };

let n = 0;
const request = (changes: Record<string, unknown> = {}): AdviceRequestSubmit => ({
  immediateRisk: false,
  name: "Dana Mills",
  role: "Designated safeguarding lead",
  organisation: "Cherwell Primary School",
  email: `dsl${++n}@cherwell.oxon.sch.uk`,
  childKind: "no_names",
  childAge: 8,
  childSetting: "Cherwell Primary School",
  localityId: northLocalityId,
  concern: "Arrives hungry and tired, late most mornings",
  tried: "Breakfast club place offered",
  ...changes,
});
const post = (path: string, payload: unknown, ip = "198.51.100.1", headers: Record<string, string> = {}) =>
  app.inject({ method: "POST", url: `/trpc/${path}`, remoteAddress: ip, payload: payload as object, headers });

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}
const emailTo = (to: string, subject: RegExp) =>
  until(async () =>
    (await t.db.select().from(schema.outboxMessages).where(eq(schema.outboxMessages.recipient, to))).find((m) => subject.test(m.subject)),
  );
const consultationsFrom = (email: string) => t.db.select().from(schema.consultations).where(eq(schema.consultations.callerEmail, email));

describe("a professional asks for advice online", () => {
  it("is queued only once the work email is confirmed, and told when it is picked up", async () => {
    const asked = request({ childKind: "named", childName: "Kai Brennan", consentGiven: true });
    const submitted = await post("adviceRequests.submit", asked, "198.51.100.10");
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().result.data).toEqual({ emailSent: true });

    const email = await emailTo(asked.email, /Confirm your request/);
    const token = /#([A-Za-z0-9_-]{43})$/m.exec(email.body)?.[1];
    expect(token).toBeDefined();
    expect(email.body).toContain("https://hearth.example.gov.uk/lcss/ask-for-advice/confirm#");
    // Nothing about the child leaves the council, and the database keeps only the link's hash.
    for (const secret of ["Kai", "Brennan", "hungry", "Breakfast", "Cherwell"]) expect(email.body + email.subject).not.toContain(secret);
    const [stored] = await t.db.select().from(schema.adviceRequests).where(eq(schema.adviceRequests.email, asked.email));
    expect(stored!.tokenHash).toBe(hashToken(token!));
    expect(JSON.stringify(stored)).not.toContain(token);
    // Unconfirmed: in no queue.
    expect(await consultationsFrom(asked.email)).toEqual([]);

    const confirmed = await post("adviceRequests.confirm", { token }, "198.51.100.11");
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const { reference } = confirmed.json().result.data as { reference: string };
    expect(reference).toMatch(/^LC\d{6}$/);
    const [consultation] = await consultationsFrom(asked.email);
    expect(consultation).toMatchObject({
      status: "awaiting_call_back",
      source: "online",
      areaId: northAreaId,
      localityId: northLocalityId,
      takenBy: null,
    });

    // The same link a second time is refused, and nothing more is queued.
    const again = await post("adviceRequests.confirm", { token }, "198.51.100.11");
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toBe(ADVICE_LINK_INVALID);
    expect(await consultationsFrom(asked.email)).toHaveLength(1);

    // The North worker sees it in the queue and picks it up; the professional is told, with the reference only.
    const signedIn = await post("auth.signIn", { email: "lcss.worker@hearth.test", password: DEMO_PASSWORD });
    const cookie = String(signedIn.headers["set-cookie"]).split(";")[0]!;
    const list = await post("consultations.list", { status: "awaiting_call_back" }, "198.51.100.12", { cookie });
    expect(list.statusCode, list.body).toBe(200);
    const queued = (list.json().result.data as { consultations: { id: string; reference: string; takenByName: string | null }[] }).consultations;
    expect(queued).toContainEqual(expect.objectContaining({ id: consultation!.id, reference, takenByName: null }));
    const claimed = await post("adviceRequests.claim", { consultationId: consultation!.id }, "198.51.100.12", { cookie });
    expect(claimed.statusCode, claimed.body).toBe(200);
    const [taken] = await consultationsFrom(asked.email);
    expect(taken).toMatchObject({ status: "open" });
    expect(taken!.takenBy).not.toBeNull();
    const pickedUp = await emailTo(asked.email, /picked up/);
    expect(pickedUp.subject).toContain(reference);
    for (const secret of ["Kai", "Brennan", "hungry", "Breakfast"]) expect(pickedUp.body).not.toContain(secret);
    // A second claim finds nothing to pick up.
    const twice = await post("adviceRequests.claim", { consultationId: consultation!.id }, "198.51.100.12", { cookie });
    expect(twice.statusCode).toBe(409);
  });

  it("refuses an expired link, and an unknown one, in the same words", async () => {
    const token = newToken();
    await insertAdviceRequest(t.db, {
      professionalName: "Old Link",
      professionalRole: "School nurse",
      organisation: "Oxford Health",
      email: "nurse@nhs.net",
      childKind: "no_names",
      childAge: 4,
      localityId: northLocalityId,
      areaId: northAreaId,
      concern: "Concern",
      tried: "Nothing yet",
      tokenHash: hashToken(token),
      tokenExpiresAt: new Date(Date.now() - 60_000),
    });
    for (const tried of [token, newToken()]) {
      const res = await post("adviceRequests.confirm", { token: tried }, "198.51.100.20");
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe(ADVICE_LINK_INVALID);
    }
    expect(await consultationsFrom("nurse@nhs.net")).toEqual([]);
  });

  it("refuses an email outside the allowed domains beside the field, and asks nothing of the worker", async () => {
    const res = await post("adviceRequests.submit", request({ email: "dana.mills@gmail.com" }), "198.51.100.30");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.data.zodError.fieldErrors.email[0]).toMatch(/^Use your work email address/);
    expect(await t.db.select().from(schema.adviceRequests).where(eq(schema.adviceRequests.email, "dana.mills@gmail.com"))).toEqual([]);
  });

  it("limits requests per email address and per client address, counted in Redis", async () => {
    const sameEmail = request();
    for (const ip of ["198.51.100.40", "198.51.100.41"]) expect((await post("adviceRequests.submit", sameEmail, ip)).statusCode).toBe(200);
    const third = await post("adviceRequests.submit", sameEmail, "198.51.100.42");
    expect(third.statusCode).toBe(429);
    expect(third.json().error.message).toBe(TOO_MANY_REQUESTS);

    for (let i = 0; i < 4; i++) expect((await post("adviceRequests.submit", request(), "198.51.100.50")).statusCode).toBe(200);
    const fifth = await post("adviceRequests.submit", request(), "198.51.100.50");
    expect(fifth.statusCode).toBe(429);
    // Another address is not held up by the first one's requests.
    expect((await post("adviceRequests.submit", request(), "198.51.100.51")).statusCode).toBe(200);
  });
});
