import type { Db } from "@hearth/db";
import { sql } from "drizzle-orm";
import { queueNames, type JobQueues } from "@hearth/jobs";
import type { FastifyInstance } from "fastify";
import type { Redis } from "ioredis";

async function check(probe: () => Promise<unknown>, timeoutMs = 2_000): Promise<"ok" | "down"> {
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs))]);
    return "ok";
  } catch {
    return "down";
  }
}

/** Depth, failures and the age of the oldest waiting job of each queue: what an operator looks at first. */
async function queueStats(jobs: JobQueues, now: number) {
  const stats: Record<string, { waiting: number; active: number; delayed: number; failed: number; oldestWaitingSeconds: number | null }> = {};
  for (const name of Object.values(queueNames)) {
    const queue = jobs.queue(name);
    const counts = await queue.getJobCounts("waiting", "active", "delayed", "failed");
    const [oldest] = await queue.getWaiting(-1, -1);
    stats[name] = {
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      oldestWaitingSeconds: oldest ? Math.round((now - oldest.timestamp) / 1000) : null,
    };
  }
  return stats;
}

/**
 * `/healthz` for load balancers and operators: 200 when the database and Redis both answer, else
 * 503; with the worker's queues (depth, failed count, oldest waiting job) when Redis answers.
 */
export function registerHealth(app: FastifyInstance, deps: { db: Db; redis: Redis; jobs: JobQueues }) {
  app.get("/healthz", async (_req, reply) => {
    const [database, redis] = await Promise.all([check(() => deps.db.execute(sql`select 1`)), check(() => deps.redis.ping())]);
    const status = database === "ok" && redis === "ok" ? "ok" : "degraded";
    const queues = redis === "ok" ? await queueStats(deps.jobs, Date.now()).catch(() => undefined) : undefined;
    return reply.code(status === "ok" ? 200 : 503).send({ status, database, redis, queues });
  });
}
