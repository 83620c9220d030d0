import { randomBytes } from "node:crypto";
import { defaultApiConfig, type ApiConfig } from "@hearth/api";
import { insertOpenAccessSessions, listSessionTypes, schema, type Db } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
// The worker runs beside the API, as the composition root does, so emails really go through it.
// eslint-disable-next-line hearth/import-boundaries
import { readWorkerEnv } from "@hearth/worker/env";
// eslint-disable-next-line hearth/import-boundaries
import { startWorker, type RunningWorker } from "@hearth/worker/start";
import { eq } from "drizzle-orm";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { buildServer, type ServerOptions } from "../src/server";

/**
 * The real server over a fresh test database and real Redis, for the HTTP tests: each test file
 * gets its own database and its own key prefix in Redis, and `stop()` removes both.
 */
export interface HttpTestServer {
  t: TestDatabase;
  redis: Redis;
  app: Awaited<ReturnType<typeof buildServer>>;
  /** Only when asked for with `withWorker`. */
  worker?: RunningWorker;
  prefix: string;
  stop(): Promise<void>;
}

export const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

export async function startHttpServer(
  options: {
    config?: Partial<ApiConfig>;
    withWorker?: boolean;
  } & Pick<ServerOptions, "notifyCallbackToken" | "logLevel" | "logStream"> = {},
): Promise<HttpTestServer> {
  const prefix = `hearth-test-${randomBytes(4).toString("hex")}`;
  const t = await createTestDatabase();
  const redis = createRedis(redisUrl);
  const app = await buildServer({
    db: t.db,
    redis,
    config: { ...defaultApiConfig, secureCookies: false, ...options.config },
    logLevel: options.logLevel ?? "silent",
    logStream: options.logStream,
    notifyCallbackToken: options.notifyCallbackToken,
    redisPrefix: prefix,
  });
  const worker = options.withWorker
    ? await startWorker(
        readWorkerEnv({ REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: "silent", PUBLIC_BASE_URL: "https://hearth.example.gov.uk" }),
        { db: t.db, log: pino({ level: "silent" }) },
      )
    : undefined;
  return {
    t,
    redis,
    app,
    worker,
    prefix,
    async stop() {
      await worker?.close(1_000);
      await app.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      await t.destroy();
    },
  };
}

/** A stay-and-play session at Witney five days from now, for the booking tests to book into. */
export async function witneyStayAndPlay(db: Db): Promise<string> {
  const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.slug, "witney"));
  const type = (await listSessionTypes(db)).find((s) => s.code === "stay_play_learn")!;
  const date = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const [session] = (await insertOpenAccessSessions(db, [
    {
      centreId: centre!.id,
      sessionTypeId: type.id,
      title: "Witney stay and play",
      date,
      startTime: "10:00",
      endTime: "11:00",
      capacity: 10,
      createdBy: null,
    },
  ])) as [{ id: string }];
  return session.id;
}
