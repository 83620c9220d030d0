import { CROSS_SITE_REFUSED, GET_REFUSED } from "@hearth/api";
import { DEMO_PASSWORD, schema } from "@hearth/db";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readApiEnv } from "../src/env";
import { startHttpServer, type HttpTestServer } from "./http-server";

let server: HttpTestServer;
let t: HttpTestServer["t"];
let app: HttpTestServer["app"];

beforeAll(async () => {
  server = await startHttpServer({ config: { secureCookies: true } });
  ({ t, app } = server);
});
afterAll(() => server.stop());

const signIn = (email: string, password: string) => app.inject({ method: "POST", url: "/trpc/auth.signIn", payload: { email, password } });

describe("staff requests another site could make in a member of staff's name", () => {
  const search = { name: "Smith", dateOfBirth: "2019-03-14", postcode: "OX1 1AA" };
  let cookie = "";
  beforeAll(async () => {
    const res = await signIn("lcss.worker@hearth.test", DEMO_PASSWORD);
    cookie = String(res.headers["set-cookie"]).split(";")[0]!;
  });
  const searchAs = (headers: Record<string, string>) =>
    app.inject({ method: "POST", url: "/trpc/people.search", headers: { cookie, ...headers }, payload: search });

  it("refuses a search sent as a GET, with its personal details in the address", async () => {
    const res = await app.inject({
      method: "GET",
      url: `/trpc/people.search?input=${encodeURIComponent(JSON.stringify(search))}`,
      headers: { cookie, "sec-fetch-site": "same-origin" },
    });
    expect(res.statusCode).toBe(405);
    expect(res.json().error.message).toBe(GET_REFUSED);
  });

  it("refuses a request the browser marks as from another site, and audits it", async () => {
    const res = await searchAs({ "sec-fetch-site": "cross-site", origin: "https://elsewhere.example" });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe(CROSS_SITE_REFUSED);
    const [denial] = await t.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "people.search"))
      .orderBy(desc(schema.auditEvents.id))
      .limit(1);
    expect(denial).toMatchObject({ outcome: "denied", detail: { reason: "cross-site" } });
  });

  it("refuses another site's Origin when the browser sends no Sec-Fetch-Site", async () => {
    expect((await searchAs({ origin: "https://elsewhere.example", host: "hearth.test" })).statusCode).toBe(403);
    expect((await searchAs({ origin: "null" })).statusCode).toBe(403);
  });

  it("answers the Hearth pages' own POST", async () => {
    const res = await searchAs({ "sec-fetch-site": "same-origin", origin: "https://hearth.test", host: "hearth.test" });
    expect(res.statusCode).toBe(200);
    expect(Array.isArray(res.json().result.data)).toBe(true);
  });

  it("refuses signing in or out from another site, so no site can choose who is signed in", async () => {
    const crossSite = { "sec-fetch-site": "cross-site", origin: "https://elsewhere.example" };
    const signInElsewhere = await app.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: crossSite,
      payload: { email: "lcss.worker@hearth.test", password: DEMO_PASSWORD },
    });
    expect(signInElsewhere.statusCode).toBe(403);
    expect(signInElsewhere.headers["set-cookie"]).toBeUndefined();
    const signOutElsewhere = await app.inject({ method: "POST", url: "/trpc/auth.signOut", headers: { cookie, ...crossSite }, payload: {} });
    expect(signOutElsewhere.statusCode).toBe(403);
    expect((await searchAs({ "sec-fetch-site": "same-origin" })).statusCode).toBe(200);
  });

  it("still answers families' public requests", async () => {
    const res = await app.inject({ method: "GET", url: "/trpc/reference.centres", headers: { "sec-fetch-site": "same-origin" } });
    expect(res.statusCode).toBe(200);
  });
});

describe("the HTTP server", () => {
  it("reports the database and Redis in /healthz", async () => {
    const res = await app.inject("/healthz");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", database: "ok", redis: "ok" });
    // The worker's queues, for operators: depth, failures and how long the oldest job has waited.
    expect(res.json().queues.notifications).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, oldestWaitingSeconds: null });
  });

  it("sets the session cookie HttpOnly, SameSite=Lax and Secure", async () => {
    const res = await signIn("admin@hearth.test", DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/^hearth_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
  });

  it("answers bad input with field-level messages", async () => {
    const res = await signIn("nonsense", "");
    expect(res.statusCode).toBe(400);
    const fieldErrors = res.json().error.data.zodError.fieldErrors;
    expect(fieldErrors.email).toEqual(["Enter your work email address, like name@oxfordshire.gov.uk"]);
    expect(fieldErrors.password).toEqual(["Enter your password"]);
  });

  it("sends no stack trace with an error, and reads a broken body as a bad request", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/trpc/bookings.create",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.data).not.toHaveProperty("stack");
    expect(res.body).not.toContain("/src/");
  });

  it("refuses a procedure without a session with 401", async () => {
    const res = await app.inject({ method: "POST", url: "/trpc/people.search", payload: { name: "ab" } });
    expect(res.statusCode).toBe(401);
  });

  it("lists the public centres without sign-in", async () => {
    const res = await app.inject("/trpc/reference.centres");
    const groups = res.json().result.data as { areaName: string; centres: { name: string }[] }[];
    expect(groups.map((g) => g.areaName)).toEqual(["Central", "North", "South", "Countywide"]);
    expect(groups.flatMap((g) => g.centres).filter((c) => c.name.includes("Children and Family Centre"))).toHaveLength(8);
  });

  it("sends security headers", async () => {
    const res = await app.inject("/healthz");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("configuration", () => {
  it("stops with a message naming a malformed variable", () => {
    expect(() => readApiEnv({ PORT: "eighty", REDIS_URL: "http://x" })).toThrow(/PORT[\s\S]*REDIS_URL/);
  });
  it("defaults to a working local set-up", () => {
    const env = readApiEnv({});
    expect(env).toMatchObject({ PORT: 3000, REDIS_URL: "redis://127.0.0.1:6379" });
    // No DATABASE_URL means the embedded PGlite database.
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
