import { createDb, seed } from "@hearth/db";
import { createRedis } from "@hearth/jobs";
import { readApiEnv } from "./env";
import { startApi } from "./start";

/** The API on its own, as production runs it (one of several replicas behind a load balancer). */
const env = readApiEnv();
const database = createDb({ url: env.DATABASE_URL, migrationUrl: env.MIGRATION_DATABASE_URL, dataDir: env.PGLITE_DIR });
await database.migrate();
await seed(database.db, { production: env.NODE_ENV === "production" });
const redis = createRedis(env.REDIS_URL);
const app = await startApi(env, { db: database.db, redis });

for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => {
    app.log.info(`${signal}: closing`);
    void app
      .close()
      .then(() => redis.quit())
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
