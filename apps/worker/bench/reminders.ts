/**
 * `pnpm bench:reminders` (not a test): 10,000 day-before reminders through the real worker, the real
 * GOV.UK Notify client and a local fake Notify that checks the JWT and answers 429 past ~50/s
 * (burst 1,000). Prints fan-out rate, send rate, the busiest rolling minute, 429s, duplicates and
 * time to drain; then raw send throughput with the limiter off and a 20 ms fake latency.
 *
 * Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres) and
 * Redis (REDIS_URL, default redis://127.0.0.1:6379). BENCH_REMINDERS changes the 10,000.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { availableParallelism, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { Writable } from "node:stream";
import { schema } from "@hearth/db";
import { createTestDatabase, ensureTemplateDatabase, type TestDatabase } from "@hearth/db/testing";
import { addDays, londonDateOf } from "@hearth/domain";
import { createRedis, jobDefinitions, JobQueues } from "@hearth/jobs";
import { and, eq, sql } from "drizzle-orm";
import { pino } from "pino";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";
import { FAKE_API_KEY, startFakeNotify, type FakeNotify, type Receipt } from "../test/support/fake-notify";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000);
const RAW_MESSAGES = Number(process.env.BENCH_RAW_MESSAGES ?? 2_000);
const PER_SESSION = 50;
const TARGET_FANOUT_PER_S = 10_000;
const MAX_PER_ROLLING_MINUTE = 3_000;
const DRAIN_TIMEOUT_MS = 15 * 60_000;

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

/** Worker errors are counted, and the first few shown, without flooding the terminal. */
function countingLogger() {
  const counts = { warn: 0, error: 0 };
  const shown: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      const line = JSON.parse(chunk.toString()) as { level: number; msg: string; err?: string };
      if (line.level >= 50) counts.error++;
      else if (line.level >= 40) counts.warn++;
      if (line.level >= 40 && shown.length < 5) {
        shown.push(`${line.msg}${line.err ? `: ${line.err}` : ""}`);
        console.log(`  worker ${line.level >= 50 ? "error" : "warn"}: ${shown.at(-1)}`);
      }
      done();
    },
  });
  return { log: pino({ level: "warn" }, stream), counts };
}

/**
 * Sessions tomorrow (London) with `count` booked places, 50 to a session so capacity holds, each its
 * own family with a unique mobile, made in three set-based statements.
 */
async function seedBookedPlaces(t: TestDatabase, count: number, label: string) {
  const tomorrow = addDays(londonDateOf(new Date()), 1);
  const sessions = Math.ceil(count / PER_SESSION);
  await t.db.execute(sql`
    insert into open_access_sessions (centre_id, session_type_id, title, starts_at, ends_at, capacity, booked_count)
    select c.id, st.id, ${`${label} `} || g,
           ((${tomorrow}::date + time '09:00' + make_interval(mins => 30 * (g % 16))) at time zone 'Europe/London'),
           ((${tomorrow}::date + time '10:30' + make_interval(mins => 30 * (g % 16))) at time zone 'Europe/London'),
           ${PER_SESSION}, least(${PER_SESSION}, ${count} - g * ${PER_SESSION})
    from generate_series(0, ${sessions - 1}) g
    cross join lateral (select id from centres order by slug offset (g % (select count(*) from centres)) limit 1) c
    cross join (select id from session_types where code = 'stay_play_learn') st`);
  await t.db.execute(sql`
    with s as (
      select id, row_number() over (order by starts_at, title) - 1 as k from open_access_sessions where title like ${`${label} %`}
    ), f as (
      -- OX11 is South's (ADR 8: every family has an owning area).
      insert into families (name, postcode, area_id, source)
      select 'Parent' || g, 'OX11 7AA', (select id from areas where code = 'south'), 'self_registered' from generate_series(0, ${count - 1}) g
      returning id
    ), fn as (
      select id, row_number() over () - 1 as n from f
    )
    insert into bookings (session_id, reference, idempotency_key, family_id, carer_name, mobile, preferred_channel,
                          postcode, consent_to_contact, places, status, booked_at)
    select s.id, ${label} || lpad(fn.n::text, 6, '0'), gen_random_uuid(), fn.id, 'Sam Parent' || fn.n,
           '077009' || (10000 + fn.n)::text, 'sms', 'OX11 7AA', true, 1, 'booked', now()
    from fn join s on s.k = fn.n / ${PER_SESSION}`);
  const [row] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.bookings)
    .innerJoin(schema.openAccessSessions, eq(schema.openAccessSessions.id, schema.bookings.sessionId))
    .where(and(eq(schema.bookings.status, "booked"), sql`${schema.openAccessSessions.title} like ${`${label} %`}`));
  return { bookings: row!.n, sessions };
}

function workerEnv(notify: FakeNotify, prefix: string, extra: Record<string, string> = {}) {
  return readWorkerEnv({
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: "warn",
    REMINDER_HOUR: "0",
    NOTIFY_API_KEY: FAKE_API_KEY,
    NOTIFY_BASE_URL: notify.url,
    NOTIFY_SMS_TEMPLATE_ID: "11111111-1111-4111-8111-111111111111",
    NOTIFY_EMAIL_TEMPLATE_ID: "22222222-2222-4222-8222-222222222222",
    ...extra,
  });
}

async function dropPrefix(prefix: string) {
  const redis = createRedis(redisUrl);
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1_000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== "0");
  await redis.quit();
}

/** Times every enqueueBulk the worker makes (the scan's fan-out), leaving behaviour unchanged. */
function timeEnqueueBulk(worker: RunningWorker) {
  const calls: { jobs: number; ms: number }[] = [];
  const original = worker.queues.enqueueBulk.bind(worker.queues);
  worker.queues.enqueueBulk = (async (name, jobs) => {
    const started = performance.now();
    const result = await original(name, jobs);
    calls.push({ jobs: jobs.length, ms: performance.now() - started });
    return result;
  }) as typeof worker.queues.enqueueBulk;
  return calls;
}

async function ledgerCounts(t: TestDatabase, kind: string) {
  const rows = await t.db
    .select({ status: schema.notificationDeliveries.status, n: sql<number>`count(*)::int` })
    .from(schema.notificationDeliveries)
    .where(eq(schema.notificationDeliveries.kind, kind))
    .groupBy(schema.notificationDeliveries.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
}

function busiestRollingMinute(receipts: Receipt[]) {
  const at = receipts.map((r) => r.at).sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < at.length; j++) {
    while (at[j]! - at[i]! >= 60_000) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

function duplicates(receipts: Receipt[]) {
  const count = (key: (r: Receipt) => string) => {
    const seen = new Map<string, number>();
    for (const r of receipts) seen.set(key(r), (seen.get(key(r)) ?? 0) + 1);
    return [...seen.values()].filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0);
  };
  // Reference = ledger row id; each booking has its own mobile, so a second message to it is a duplicate too.
  return { byReference: count((r) => r.reference), byRecipient: count((r) => r.to) };
}

/** Fan-out without a worker: enqueueBulk of `n` reminder jobs into an empty queue. */
async function directFanOut(n: number, label: string) {
  const prefix = `bench-fanout-${randomBytes(4).toString("hex")}`;
  const connection = createRedis(redisUrl);
  const queues = new JobQueues({ connection, prefix });
  const about = new Date(Date.now() + 86_400_000).toISOString();
  const jobs = Array.from({ length: n }, () => {
    const bookingId = randomUUID();
    return {
      payload: { kind: "session_reminder" as const, bookingId, about },
      options: { jobId: `reminder-${bookingId}-${Date.parse(about)}` },
    };
  });
  await queues.queue(jobDefinitions["notifications.send"].queue).waitUntilReady();
  const started = performance.now();
  await queues.enqueueBulk("notifications.send", jobs);
  const ms = performance.now() - started;
  const counts = await queues.queue(jobDefinitions["notifications.send"].queue).getJobCounts("waiting", "prioritized", "delayed");
  await queues.close();
  await connection.quit();
  await dropPrefix(prefix);
  const queued = counts.waiting! + counts.prioritized! + counts.delayed!;
  console.log(`  ${label}: ${fmt(n)} jobs in ${fmt(ms)} ms = ${fmt((n / ms) * 1000)} jobs/s (${fmt(queued)} in the queue)`);
  return { jobs: n, ms, perSecond: (n / ms) * 1000, queued };
}

async function remindersRun() {
  console.log(`\n== Run 1: ${fmt(REMINDERS)} reminders, limiter on, fake Notify with JWT check and 429 past 50/s (burst 1,000)`);
  const t = await createTestDatabase({ max: 10 });
  const prefix = `bench-reminders-${randomBytes(4).toString("hex")}`;
  let worker: RunningWorker | undefined;
  const notify = await startFakeNotify({ ratePerSecond: 50, burst: 1_000 });
  try {
    const setupStarted = performance.now();
    const seeded = await seedBookedPlaces(t, REMINDERS, "BENCH");
    console.log(
      `  setup: ${fmt(seeded.bookings)} booked places in ${fmt(seeded.sessions)} sessions tomorrow, ${fmt(performance.now() - setupStarted)} ms`,
    );

    console.log("  fan-out without a worker running (JobQueues.enqueueBulk, 3 runs):");
    const direct = [];
    for (let i = 1; i <= 3; i++) direct.push(await directFanOut(REMINDERS, `run ${i}`));

    const { log, counts: logCounts } = countingLogger();
    const env = workerEnv(notify, prefix);
    worker = await startWorker(env, { db: t.db, log });
    const bulkCalls = timeEnqueueBulk(worker);
    console.log(
      `  worker: concurrency ${env.WORKER_CONCURRENCY}, limiter ${env.NOTIFY_RATE_PER_SECOND}/s on the notifications queue, transport notify`,
    );

    const started = Date.now();
    const scanJob = await worker.queues.enqueue("reminders.scan", {});
    const scanQueue = worker.queues.queue(jobDefinitions["reminders.scan"].queue);
    const notificationsQueue = worker.queues.queue(jobDefinitions["notifications.send"].queue);

    let lastProgress = Date.now();
    let sent = 0;
    let drainedAt: number | null = null;
    for (;;) {
      await sleep(250);
      const ledger = await ledgerCounts(t, "session_reminder");
      sent = ledger.sent ?? 0;
      const settled = Object.entries(ledger)
        .filter(([s]) => s !== "sending" && s !== "retrying")
        .reduce((sum, [, n]) => sum + n, 0);
      if (Date.now() - lastProgress >= 10_000) {
        lastProgress = Date.now();
        const q = await notificationsQueue.getJobCounts("waiting", "active", "delayed", "prioritized", "failed");
        console.log(
          `  ${fmt((Date.now() - started) / 1000)} s: sent ${fmt(sent)}, receipts ${fmt(notify.receipts.length)}, 429s ${notify.rejected429}, ` +
            `queue waiting ${fmt(q.waiting! + q.prioritized!)} active ${q.active} delayed ${q.delayed} failed ${q.failed}`,
        );
      }
      if (settled >= seeded.bookings) {
        const q = await notificationsQueue.getJobCounts("waiting", "active", "delayed", "prioritized");
        if (!q.waiting && !q.active && !q.delayed && !q.prioritized) {
          drainedAt = Date.now();
          break;
        }
      }
      if (Date.now() - started > DRAIN_TIMEOUT_MS) break;
    }
    // Anything that would still be sent twice (a retried job, a second scan) gets a moment to show itself.
    await sleep(2_000);

    const scan = await scanQueue.getJob(scanJob.id!);
    const scanMs = scan?.finishedOn && scan.processedOn ? scan.finishedOn - scan.processedOn : NaN;
    const firstBulk = bulkCalls[0];
    const ledger = await ledgerCounts(t, "session_reminder");
    const reminderReceipts = notify.receipts.filter((r) => r.personalisation.subject?.startsWith("Reminder"));
    const dup = duplicates(notify.receipts);
    const sentRows = ledger.sent ?? 0;
    const at = notify.receipts.map((r) => r.at);
    const firstAt = Math.min(...at);
    const lastAt = Math.max(...at);
    const busiest = busiestRollingMinute(notify.receipts);
    const fanOut = firstBulk ? (firstBulk.jobs / firstBulk.ms) * 1000 : 0;
    const bestDirect = Math.max(...direct.map((d) => d.perSecond));
    const drainS = drainedAt ? (drainedAt - started) / 1000 : NaN;

    console.log("\n  Results");
    console.log(
      `  scan (reminders.scan job): ${fmt(scanMs)} ms in all; its addBulk of ${fmt(firstBulk?.jobs ?? 0)} jobs took ${fmt(firstBulk?.ms ?? NaN)} ms = ${fmt(fanOut)} jobs/s (worker running)`,
    );
    if (bulkCalls.length > 1)
      console.log(
        `  later enqueueBulk calls (scheduled scans): ${bulkCalls
          .slice(1)
          .map((c) => `${c.jobs} jobs/${fmt(c.ms)} ms`)
          .join(", ")}`,
      );
    console.log(`  fan-out without a worker: best ${fmt(bestDirect)} jobs/s, runs ${direct.map((d) => fmt(d.perSecond)).join(" / ")}`);
    console.log(
      `  ledger: ${Object.entries(ledger)
        .map(([s, n]) => `${s} ${fmt(n)}`)
        .join(", ")}`,
    );
    console.log(
      `  fake Notify: ${fmt(notify.receipts.length)} receipts (${fmt(reminderReceipts.length)} reminders), ${notify.rejected429} answered 429, ${notify.unauthorised} unauthorised`,
    );
    console.log(
      `  send rate: ${fmt(notify.receipts.length / ((lastAt - firstAt) / 1000), 1)} /s first to last receipt (${fmt((lastAt - firstAt) / 1000, 1)} s); ${fmt(sentRows / drainS, 1)} /s over the whole drain`,
    );
    console.log(`  busiest rolling 60 s: ${fmt(busiest)} sent`);
    console.log(`  time to drain: ${fmt(drainS, 1)} s from scan queued to queue empty and every reminder settled`);
    console.log(
      `  duplicates: ledger sent ${fmt(sentRows)} vs receipts ${fmt(notify.receipts.length)}; receipts per reference > 1: ${dup.byReference}; per recipient > 1: ${dup.byRecipient}`,
    );
    console.log(`  worker log: ${logCounts.error} errors, ${logCounts.warn} warnings`);

    const noDuplicates = sentRows === notify.receipts.length && dup.byReference === 0 && dup.byRecipient === 0 && sentRows === seeded.bookings;
    console.log("\n  Targets");
    console.log(`  ${verdict(noDuplicates)} zero duplicates (every booking reminded exactly once: ${fmt(sentRows)}/${fmt(seeded.bookings)})`);
    console.log(`  ${verdict(notify.rejected429 === 0)} zero 429s (${notify.rejected429})`);
    console.log(`  ${verdict(busiest <= MAX_PER_ROLLING_MINUTE)} never over 3,000 in a rolling minute (${fmt(busiest)})`);
    console.log(`  ${verdict(fanOut >= TARGET_FANOUT_PER_S)} fan-out >= 10,000 jobs/s in the scan (${fmt(fanOut)})`);
    console.log(`  ${verdict(bestDirect >= TARGET_FANOUT_PER_S)} fan-out >= 10,000 jobs/s, enqueueBulk alone (${fmt(bestDirect)})`);
    return noDuplicates && notify.rejected429 === 0 && busiest <= MAX_PER_ROLLING_MINUTE && fanOut >= TARGET_FANOUT_PER_S;
  } finally {
    await worker?.close(5_000);
    await dropPrefix(prefix);
    await notify.close();
    await t.destroy();
  }
}

/** Limiter effectively off (1,000/s, above what the worker reaches), fake Notify 20 ms and no bucket. */
async function rawRun(concurrency: number) {
  console.log(
    `\n== Run 2: raw send throughput, ${fmt(RAW_MESSAGES)} reminders, limiter 1,000/s (off), fake latency 20 ms, no 429s, concurrency ${concurrency}`,
  );
  const t = await createTestDatabase({ max: Math.min(40, concurrency + 5) });
  const prefix = `bench-raw-${randomBytes(4).toString("hex")}`;
  let worker: RunningWorker | undefined;
  const notify = await startFakeNotify({ latencyMs: 20, ratePerSecond: 1e9, burst: 1e9 });
  try {
    const seeded = await seedBookedPlaces(t, RAW_MESSAGES, "RAW");
    const { log, counts: logCounts } = countingLogger();
    worker = await startWorker(
      workerEnv(notify, prefix, {
        NOTIFY_RATE_PER_SECOND: "1000",
        WORKER_CONCURRENCY: String(concurrency),
      }),
      { db: t.db, log },
    );
    const started = Date.now();
    await worker.queues.enqueue("reminders.scan", {});
    let sent = 0;
    while (Date.now() - started < DRAIN_TIMEOUT_MS) {
      await sleep(100);
      sent = (await ledgerCounts(t, "session_reminder")).sent ?? 0;
      if (sent >= seeded.bookings) break;
    }
    const at = notify.receipts.map((r) => r.at);
    const spanS = (Math.max(...at) - Math.min(...at)) / 1000;
    const dup = duplicates(notify.receipts);
    console.log(
      `  ${fmt(notify.receipts.length)} sent in ${fmt(spanS, 1)} s = ${fmt(notify.receipts.length / spanS, 1)} /s (first to last receipt); ` +
        `${fmt((Date.now() - started) / 1000, 1)} s from scan to all settled; duplicates ${dup.byReference + dup.byRecipient}; 429s ${notify.rejected429}; ` +
        `worker log ${logCounts.error} errors`,
    );
    return notify.receipts.length / spanS;
  } finally {
    await worker?.close(5_000);
    await dropPrefix(prefix);
    await notify.close();
    await t.destroy();
  }
}

async function main() {
  // Other work on the machine slows every figure here; the load average says how busy it was.
  const machine = () =>
    `${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30)} GiB, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`;
  console.log(`Reminders benchmark, ${new Date().toISOString()}, Node ${process.version}, ${machine()}`);
  await ensureTemplateDatabase();
  const ok = await remindersRun();
  const rawConcurrency = (process.env.BENCH_RAW_CONCURRENCY ?? "5,50").split(",").map(Number);
  for (const c of rawConcurrency) await rawRun(c);
  console.log(`\nMachine at the end: ${machine()}`);
  console.log(`\n${ok ? "All targets met." : "Some targets missed."}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
