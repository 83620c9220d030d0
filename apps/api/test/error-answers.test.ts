import { defaultApiConfig } from "@hearth/api";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { witneyStayAndPlay } from "./http-server";

/**
 * Issue 9: a database failure answered with PostgreSQL's message, the whole statement and its
 * parameters (a family's names, a child's date of birth, a postcode), in production too. Here a
 * booking is made to fail in the database, and the answer and the server's log are read.
 */
let t: TestDatabase;
let redis: Redis;
let sessionId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  sessionId = await witneyStayAndPlay(t.db);
  // Any new booked child now breaks a rule in the database, as a real fault would.
  await t.db.execute(sql`alter table booking_children add constraint forced_failure check (false) not valid`);
});
afterEach(() => vi.unstubAllEnvs());
afterAll(async () => {
  await redis.quit();
  await t.destroy();
});

const family = {
  carerName: "Priya Forcedfailure",
  mobile: "07700 900123",
  postcode: "OX4 3XY",
  childName: "Ravindra",
  dateOfBirth: "2024-03-15",
};

async function bookingThatFails(nodeEnv: string) {
  vi.stubEnv("NODE_ENV", nodeEnv);
  // tRPC reads NODE_ENV when the router is made: a fresh copy of the modules for each one.
  vi.resetModules();
  const { buildServer } = await import("../src/server");
  const lines: string[] = [];
  const app = await buildServer({
    db: t.db,
    redis,
    config: { ...defaultApiConfig, secureCookies: false },
    logLevel: "info",
    logStream: { write: (line) => void lines.push(line) },
    redisPrefix: `test-${process.pid}-errors`,
  });
  try {
    const res = await app.inject({
      method: "POST",
      url: "/trpc/bookings.create",
      payload: {
        sessionId,
        idempotencyKey: randomUUID(),
        carerName: family.carerName,
        mobile: family.mobile,
        preferredChannel: "sms",
        postcode: family.postcode,
        consentToContact: true,
        children: [{ firstName: family.childName, dateOfBirth: family.dateOfBirth, send: false }],
      },
    });
    return { res, log: lines.join("") };
  } finally {
    await app.close();
  }
}

const personalData = [family.carerName, "Forcedfailure", family.childName, family.dateOfBirth, "2024", family.postcode, "OX4", "900123"];
const databaseWords = /failed query|insert into|select |params|forced_failure|violates|postgres|booking_children|sqlstate/i;

describe.each(["production", "development"])("an unexpected failure, NODE_ENV=%s", (nodeEnv) => {
  it("answers a generic message with an error id, and logs the id with safe facts only", async () => {
    const { res, log } = await bookingThatFails(nodeEnv);
    expect(res.statusCode).toBe(500);
    const error = res.json().error;
    const errorId = error.data.errorId as string;
    expect(errorId).toMatch(/^[0-9A-F]{10}$/);
    expect(error.message).toBe(
      `Something went wrong on our side. Try again, and if it happens again quote error id ${errorId} to the Hearth service desk.`,
    );
    for (const value of personalData) expect(res.body).not.toContain(value);
    expect(res.body).not.toMatch(databaseWords);
    expect(error.data).not.toHaveProperty("stack");

    // The log line with the same id says what kind of failure it was, without its words.
    const line = log.split("\n").find((l) => l.includes(errorId));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ errorId, path: "bookings.create", failure: { sqlState: "23514", constraint: "forced_failure" } });
    for (const value of personalData) expect(log).not.toContain(value);
    expect(log).not.toMatch(/failed query|insert into|params/i);
  });
});
