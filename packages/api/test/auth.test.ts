import { DEMO_PASSWORD, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../src/auth/session";
import { SIGN_IN_FAILED } from "../src/auth/password-sign-in";
import { client, testConfig } from "./support";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

const email = "lcss.worker@hearth.test";

describe("signing in", () => {
  it("signs in with the right password and knows who you are", async () => {
    const c = client(t.db);
    await (await c.call()).auth.signIn({ email: " LCSS.Worker@hearth.test ", password: DEMO_PASSWORD });
    expect(c.cookies.get(SESSION_COOKIE)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await (await c.call()).auth.me();
    expect(me).toMatchObject({ email, role: "lcss_worker", areaName: "North", centreName: null });
  });

  it("stores only a hash of the session token", async () => {
    const c = client(t.db);
    await (await c.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    const sessions = await t.db.select().from(schema.staffSessions);
    const token = c.cookies.get(SESSION_COOKIE)!;
    expect(sessions.some((s) => s.tokenHash.includes(token))).toBe(false);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const unknown = client(t.db, { ip: "198.51.100.7" });
    const wrong = client(t.db, { ip: "198.51.100.8" });
    const a = (await unknown.call()).auth.signIn({ email: "nobody@hearth.test", password: "x" });
    await expect(a).rejects.toMatchObject({ code: "UNAUTHORIZED", message: SIGN_IN_FAILED });
    const b = (await wrong.call()).auth.signIn({ email: "fss.worker@hearth.test", password: "wrong" });
    await expect(b).rejects.toMatchObject({ code: "UNAUTHORIZED", message: SIGN_IN_FAILED });
  });

  it("takes about as long to refuse an unknown email as a wrong password", async () => {
    const time = async (em: string, ip: string) => {
      const started = performance.now();
      await (await client(t.db, { ip }).call()).auth.signIn({ email: em, password: "not it" }).catch(() => {});
      return performance.now() - started;
    };
    await time("warm.up@hearth.test", "203.0.113.1");
    const unknown = await time("nobody2@hearth.test", "203.0.113.2");
    const known = await time("fss.manager@hearth.test", "203.0.113.3");
    // Both run one scrypt hash; without the decoy the unknown email would return in a few ms.
    expect(unknown).toBeGreaterThan(known / 3);
  });

  it("refuses further attempts after five failures for an account, even with the right password", async () => {
    const c = client(t.db, { ip: "192.0.2.50" });
    for (let i = 0; i < testConfig.signInMaxFailures; i++)
      await expect((await c.call()).auth.signIn({ email: "centre.staff@hearth.test", password: "guess" })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    await expect((await c.call()).auth.signIn({ email: "centre.staff@hearth.test", password: DEMO_PASSWORD })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("checks at most the limit's worth of a burst of guesses sent at once, then refuses the right password", async () => {
    const victim = "fss.manager@hearth.test";
    const c = client(t.db, { ip: "192.0.2.60" });
    const attempt = async (password: string) =>
      (await c.call()).auth.signIn({ email: victim, password }).then(
        () => "signed in",
        (e: { code: string }) => e.code,
      );
    // The right password last: by the time it is claimed the wrong ones have used the allowance.
    const outcomes = await Promise.all([...Array.from({ length: 40 }, () => attempt("guess")), attempt(DEMO_PASSWORD)]);
    const checked = outcomes.filter((o) => o !== "TOO_MANY_REQUESTS");
    expect(checked.length).toBeLessThanOrEqual(testConfig.signInMaxFailures);
    expect(outcomes.at(-1)).toBe("TOO_MANY_REQUESTS");
    await expect(attempt(DEMO_PASSWORD)).resolves.toBe("TOO_MANY_REQUESTS");
  });

  it("checks at most the address's allowance of a burst spread over many accounts", async () => {
    const c = client(t.db, { ip: "192.0.2.61" });
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, async (_, i) =>
        (await c.call()).auth.signIn({ email: `spray${i}@hearth.test`, password: "guess" }).catch((e: { code: string }) => e.code),
      ),
    );
    expect(outcomes.filter((o) => o === "UNAUTHORIZED").length).toBe(testConfig.signInMaxFailures * 4);
    expect(outcomes.filter((o) => o === "TOO_MANY_REQUESTS").length).toBe(40 - testConfig.signInMaxFailures * 4);
  });

  it("answers a malformed email with a message for that field", async () => {
    const c = client(t.db);
    await expect((await c.call()).auth.signIn({ email: "not-an-email", password: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("sessions", () => {
  it("rotates the token at sign-in and ends the old session", async () => {
    const c = client(t.db);
    await (await c.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    const first = c.cookies.get(SESSION_COOKIE)!;
    await (await c.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    const second = c.cookies.get(SESSION_COOKIE)!;
    expect(second).not.toEqual(first);
    const replay = client(t.db);
    replay.cookies.set(SESSION_COOKIE, first);
    expect(await (await replay.call()).auth.me()).toBeNull();
  });

  it("sign-out ends the session on the server, not just in the browser", async () => {
    const c = client(t.db);
    await (await c.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    const token = c.cookies.get(SESSION_COOKIE)!;
    await (await c.call()).auth.signOut();
    expect(c.cookies.get(SESSION_COOKIE)).toBeUndefined();
    const stolen = client(t.db);
    stolen.cookies.set(SESSION_COOKIE, token);
    await expect((await stolen.call()).auth.ping()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("ends after the idle timeout", async () => {
    let now = new Date("2026-11-23T09:00:00Z");
    const c = client(t.db, { now: () => now });
    await (await c.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    now = new Date(now.getTime() + testConfig.sessionIdleMs - 60_000);
    await expect((await c.call()).auth.ping()).resolves.toEqual({ ok: true });
    now = new Date(now.getTime() + testConfig.sessionIdleMs + 1);
    await expect((await c.call()).auth.ping()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("keeps an active user signed in with a one-minute idle timeout", async () => {
    const config = { ...testConfig, sessionIdleMs: 60_000 };
    let now = new Date("2026-11-23T10:00:00Z");
    const c = client(t.db, { now: () => now, config });
    await (await c.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    // A request every 20 seconds for five minutes: never a minute without one.
    for (let i = 0; i < 15; i++) {
      now = new Date(now.getTime() + 20_000);
      await expect((await c.call()).auth.ping()).resolves.toEqual({ ok: true });
    }
    now = new Date(now.getTime() + 60_000);
    await expect((await c.call()).auth.ping()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("ends at its absolute lifetime however busy", async () => {
    let now = new Date("2026-11-23T08:00:00Z");
    const c = client(t.db, { now: () => now });
    await (await c.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    const end = now.getTime() + testConfig.sessionLifetimeMs;
    while (now.getTime() + 20 * 60_000 < end) {
      now = new Date(now.getTime() + 20 * 60_000);
      await (await c.call()).auth.ping();
    }
    now = new Date(end + 1);
    await expect((await c.call()).auth.ping()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
