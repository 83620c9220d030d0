import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { censusPopulation, getStatutoryReturn, schema, startStatutoryReturn } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis, JobQueues } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";

/**
 * A worker killed (SIGKILL, no clean-up) while it writes the census. Another worker takes the job
 * over when the dead one's lock lapses and builds the run again: in the end the run has exactly one
 * complete file and one report, and nothing half-written is left in the store.
 */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
const CHILDREN = 20_000;
let t: TestDatabase;
let folder: string;
let child: ChildProcess | undefined;
let survivor: RunningWorker | undefined;

const workerEnv = () => ({ REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: "silent", JOB_LOCK_MS: "1500", RETURNS_DIR: folder });

beforeAll(async () => {
  t = await createTestDatabase();
  folder = await mkdtemp(join(tmpdir(), "hearth-census-restart-"));
  await censusPopulation(t.db, { seed: 3, censusYear: 2026, production: false }).add(CHILDREN);
}, 180_000);
afterAll(async () => {
  child?.kill("SIGKILL");
  await survivor?.close(1_000);
  const redis = createRedis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await rm(folder, { recursive: true, force: true });
  await t?.destroy();
});

async function until(probe: () => boolean | Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
const filesIn = async () => (await readdir(join(folder, "cin-census")).catch(() => [] as string[])).sort();

describe("a worker killed in the middle of the census", () => {
  it("leaves exactly one complete file once another worker takes over", { timeout: 300_000 }, async () => {
    const [officer] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "data_officer")).limit(1);
    const run = (await startStatutoryReturn(t.db, {
      kind: "cin_census",
      collectionYear: 2026,
      referenceDate: "2026-03-31",
      startedBy: officer!.id,
    }))!;
    const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
    child = spawn(process.execPath, ["--import", "tsx", main], { env: { ...process.env, ...workerEnv(), DATABASE_URL: t.url }, stdio: "ignore" });

    const queues = new JobQueues({ connection: createRedis(redisUrl), prefix });
    await queues.enqueue("returns.cin-census", { returnId: run.id }, { jobId: `cin-census-${run.id}`, attempts: 3 });
    // Killed once it has written some children, before it has finished.
    await until(async () => {
      const row = await getStatutoryReturn(t.db, run.id);
      return (row?.childrenDone ?? 0) > 0;
    });
    child.kill("SIGKILL");
    await new Promise((r) => child!.once("exit", r));
    const killedAt = await getStatutoryReturn(t.db, run.id);
    expect(killedAt).toMatchObject({ status: "running", fileKey: null });
    expect(killedAt!.childrenDone).toBeLessThan(CHILDREN);
    expect((await filesIn()).every((name) => name.includes(".partial-"))).toBe(true);

    survivor = await startWorker(readWorkerEnv(workerEnv()), { db: t.db, log: pino({ level: "silent" }) });
    await until(async () => (await getStatutoryReturn(t.db, run.id))?.status === "completed");
    await queues.close();

    const done = (await getStatutoryReturn(t.db, run.id))!;
    expect(done).toMatchObject({ childrenInScope: CHILDREN, childrenDone: CHILDREN });
    expect(await filesIn()).toEqual([`${run.id}-report.csv`, `${run.id}.xml`]);
    const xml = await readFile(join(folder, "cin-census", `${run.id}.xml`), "utf8");
    expect(xml.match(/<Child>/g)).toHaveLength(CHILDREN);
    expect(xml.endsWith("</Children></Message>\n")).toBe(true);
  });
});

describe("a census that cannot be saved", () => {
  it("fails with a reason the returns page can show, and leaves no file", { timeout: 120_000 }, async () => {
    // The returns "folder" is a file: nothing can be written under it.
    const notAFolder = join(folder, "not-a-folder");
    await writeFile(notAFolder, "");
    const failPrefix = `${prefix}-fail`;
    const [officer] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "data_officer")).limit(1);
    const run = (await startStatutoryReturn(t.db, {
      kind: "cin_census",
      collectionYear: 2025,
      referenceDate: "2025-03-31",
      startedBy: officer!.id,
    }))!;
    const worker = await startWorker(readWorkerEnv({ ...workerEnv(), QUEUE_PREFIX: failPrefix, RETURNS_DIR: notAFolder }), {
      db: t.db,
      log: pino({ level: "silent" }),
    });
    const queues = new JobQueues({ connection: createRedis(redisUrl), prefix: failPrefix });
    try {
      await queues.enqueue("returns.cin-census", { returnId: run.id }, { attempts: 1 });
      await until(async () => (await getStatutoryReturn(t.db, run.id))?.status === "failed");
    } finally {
      await worker.close(1_000);
      await queues.close();
    }
    const failed = (await getStatutoryReturn(t.db, run.id))!;
    expect(failed.failureReason).toBe("The file could not be saved in the returns folder: ask for it to be made writable, then start again.");
    expect(failed.fileKey).toBeNull();
    expect(await readFile(notAFolder, "utf8")).toBe("");
  });
});
