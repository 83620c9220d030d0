import { createDb } from "@hearth/db";
import { readWorkerEnv } from "./env";
import { startWorker } from "./start";

/** The worker on its own, as production runs it. Shutdown order: stop jobs, then Redis, then the database. */
const env = readWorkerEnv();
const database = createDb({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR });
const worker = await startWorker(env, { db: database.db });

for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => {
    void worker
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
