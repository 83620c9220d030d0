import { randomUUID } from "node:crypto";
import { TOO_MANY_REQUESTS } from "@hearth/api";
import { schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, witneyStayAndPlay, type HttpTestServer } from "./http-server";

/** The public booking procedures over HTTP, with the rate limit counted in real Redis. */
let server: HttpTestServer;
let t: HttpTestServer["t"];
let app: HttpTestServer["app"];
let sessionId: string;

beforeAll(async () => {
  server = await startHttpServer({ config: { bookingChangesPerMinute: 2 } });
  ({ t, app } = server);
  sessionId = await witneyStayAndPlay(t.db);
});
afterAll(() => server.stop());

const book = (ip: string, n: number) =>
  app.inject({
    method: "POST",
    url: "/trpc/bookings.create",
    remoteAddress: ip,
    payload: {
      sessionId,
      idempotencyKey: randomUUID(),
      carerName: `Carer ${n}`,
      mobile: `07700 9001${String(n).padStart(2, "0")}`,
      preferredChannel: "sms",
      postcode: `OX28 ${n}AB`,
      consentToContact: true,
      children: [{ firstName: `Child${n}`, dateOfBirth: "2023-04-04" }],
    },
  });

describe("public booking over HTTP", () => {
  it("books, and answers 429 past the per-client limit without booking", async () => {
    expect((await book("192.0.2.77", 1)).statusCode).toBe(200);
    expect((await book("192.0.2.77", 2)).statusCode).toBe(200);
    const refused = await book("192.0.2.77", 3);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toBe(TOO_MANY_REQUESTS);
    // Another client is counted separately.
    expect((await book("192.0.2.78", 4)).statusCode).toBe(200);
    const rows = await t.db.select().from(schema.bookings).where(eq(schema.bookings.sessionId, sessionId));
    expect(rows).toHaveLength(3);
  });

  it("puts nothing personal in the address: the manage link is read with a POST", async () => {
    const made = await book("192.0.2.90", 5);
    const token = made.json().result.data.manageToken as string;
    const viaGet = await app.inject({
      method: "GET",
      url: `/trpc/bookings.manage.get?input=${encodeURIComponent(JSON.stringify({ token }))}`,
      remoteAddress: "192.0.2.90",
    });
    expect(viaGet.statusCode).toBe(405);
    const viaPost = await app.inject({ method: "POST", url: "/trpc/bookings.manage.get", payload: { token }, remoteAddress: "192.0.2.90" });
    expect(viaPost.json().result.data).toMatchObject({ status: "booked", children: [{ firstName: "Child5" }] });
  });

  it("answers a forged link with 'This link is not valid' and nothing else", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/trpc/bookings.manage.get",
      payload: { token: "A".repeat(43) },
      remoteAddress: "192.0.2.91",
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ message: "This link is not valid", data: { zodError: null } });
  });
});

describe("booking configuration", () => {
  it("reads the rate limit and fair-use limit from the environment", async () => {
    const { readApiEnv } = await import("../src/env");
    const { apiConfigFrom } = await import("../src/start");
    const config = apiConfigFrom(readApiEnv({ BOOKING_RATE_LIMIT_PER_MINUTE: "100000", BOOKING_FAIR_USE_PER_WEEK: "2" }));
    expect(config).toMatchObject({ bookingChangesPerMinute: 100_000, bookingFairUsePerWeek: 2 });
    expect(apiConfigFrom(readApiEnv({}))).toMatchObject({ bookingChangesPerMinute: 20, bookingFairUsePerWeek: 3 });
    expect(() => readApiEnv({ BOOKING_RATE_LIMIT_PER_MINUTE: "lots" })).toThrow(/BOOKING_RATE_LIMIT_PER_MINUTE/);
  });
});
