import type { Db } from "@hearth/db";
import { sql } from "drizzle-orm";
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

/** `/healthz` for load balancers and operators: 200 when the database and Redis both answer, else 503. */
export function registerHealth(app: FastifyInstance, deps: { db: Db; redis: Redis }) {
  app.get("/healthz", async (_req, reply) => {
    const [database, redis] = await Promise.all([
      check(() => deps.db.execute(sql`select 1`)),
      check(() => deps.redis.ping()),
    ]);
    const status = database === "ok" && redis === "ok" ? "ok" : "degraded";
    return reply.code(status === "ok" ? 200 : 503).send({ status, database, redis });
  });
}
