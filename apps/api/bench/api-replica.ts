/**
 * One API replica for `pnpm bench:booking`: the real server (buildServer) on the benchmark's
 * database, as production runs several behind a load balancer. Replicas are node:cluster workers,
 * so they share one listening port and the connections are dealt out between them.
 *
 * Told what to do by the benchmark over IPC: it answers "cpu" with its CPU time so far, "memory"
 * with its resident set size, and "close" by closing the server and its connections. Also started
 * alone (child_process.fork) by `pnpm bench:casework`.
 */
import { createDb } from "@hearth/db";
import { createRedis } from "@hearth/jobs";
import { readApiEnv } from "../src/env";
import { buildServer } from "../src/server";
import { apiConfigFrom } from "../src/start";

interface ReplicaSettings {
  databaseUrl: string;
  pool: number;
  redisPrefix: string;
}

const settings = JSON.parse(process.env.BENCH_REPLICA ?? "{}") as ReplicaSettings;
const env = readApiEnv({ ...process.env, BOOKING_RATE_LIMIT_PER_MINUTE: process.env.BOOKING_RATE_LIMIT_PER_MINUTE ?? "1000000" });
const database = createDb({ url: settings.databaseUrl, max: settings.pool });
const redis = createRedis(env.REDIS_URL);
const app = await buildServer({
  db: database.db,
  redis,
  config: { ...apiConfigFrom(env), secureCookies: false },
  logLevel: "warn",
  redisPrefix: settings.redisPrefix,
});
// Port 0 in every worker of a cluster is one shared port, chosen once.
await app.listen({ host: "127.0.0.1", port: 0 });
const send = (message: unknown) => process.send!(message);
send({ port: (app.server.address() as { port: number }).port });

process.on("message", (message) => {
  if (message === "cpu") {
    const used = process.cpuUsage();
    send({ cpuMs: (used.user + used.system) / 1000 });
  }
  if (message === "memory") send({ rssBytes: process.memoryUsage().rss });
  if (message === "close")
    void app
      .close()
      .then(() => redis.quit())
      .then(() => database.close())
      .finally(() => process.exit(0));
});
