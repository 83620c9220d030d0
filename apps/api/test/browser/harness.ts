import { randomBytes } from "node:crypto";
import { AxeBuilder } from "@axe-core/playwright";
import { defaultApiConfig } from "@hearth/api";
import { DEMO_PASSWORD, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import { createRedis, folderReturnFileStore } from "@hearth/jobs";
// The worker beside the API, as the composition root (apps/platform) runs them, for the tests
// whose emails or returns are the worker's to make.
// eslint-disable-next-line hearth/import-boundaries
import { readWorkerEnv } from "@hearth/worker/env";
// eslint-disable-next-line hearth/import-boundaries
import { startWorker, type RunningWorker } from "@hearth/worker/start";
import { pino } from "pino";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { buildServer } from "../../src/server";

/**
 * The whole platform on a random port against this file's own test database, with Debian's
 * Chromium driving it. Playwright cannot download browsers here, so the system one is used.
 */
export interface Platform {
  baseUrl: string;
  /** This file's own namespace in Redis, so parallel test files never share queues. */
  redisPrefix: string;
  db: TestDatabase;
  browser: Browser;
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `withWorker`: run the worker beside the API (with neither Notify nor SMTP configured, so messages
 * go to the outbox). `returnsDir`: where statutory return files are kept, for both.
 */
export async function startPlatform(options: { returnsDir?: string; withWorker?: boolean } = {}): Promise<Platform> {
  const db = await createTestDatabase();
  const redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  const redisPrefix = `test-${randomBytes(4).toString("hex")}`;
  const app = await buildServer({
    db: db.db,
    redis,
    config: { ...defaultApiConfig, secureCookies: false },
    logLevel: "silent",
    redisPrefix,
    returnFiles: options.returnsDir ? folderReturnFileStore(options.returnsDir) : undefined,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const worker: RunningWorker | undefined = options.withWorker
    ? await startWorker(
        readWorkerEnv({
          REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
          QUEUE_PREFIX: redisPrefix,
          PUBLIC_BASE_URL: baseUrl,
          ...(options.returnsDir ? { RETURNS_DIR: options.returnsDir } : {}),
        }),
        { db: db.db, log: pino({ level: "silent" }) },
      )
    : undefined;
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    redisPrefix,
    db,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        locale: "en-GB",
        timezoneId: "Europe/London",
      });
      contexts.push(context);
      const page = await context.newPage();
      // Fail on a missing element with Playwright's own message, well before the test's timeout.
      page.setDefaultTimeout(10_000);
      return page;
    },
    async close() {
      await worker?.close(1_000);
      await browser.close();
      await app.close();
      const keys = await redis.keys(`${redisPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      await db.destroy();
    },
  };
}

/** axe-core against WCAG 2.0, 2.1 and 2.2 A and AA; any violation fails with its rule and target. */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
}

/**
 * The platform for one test file: started before its tests and closed after them. Call it at the
 * top of the file; the answer reads the platform once it has started.
 */
export function usePlatform(): () => Platform {
  let platform: Platform | undefined;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());
  return () => {
    if (!platform) throw new Error("The platform has not started: call usePlatform() at the top of the test file");
    return platform;
  };
}

/** Calls a staff procedure as the app does, by a same-origin POST from the signed-in page, and answers with its data. */
export async function call<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, input }) => {
      const res = await fetch(`/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
      const body = (await res.json()) as { result: { data: unknown } };
      return body.result.data;
    },
    { path, input },
  ) as Promise<T>;
}

/** An area's id by its code (north, central, south). */
export async function areaIdOf(platform: Platform, code: string): Promise<string> {
  return (await platform.db.db.select().from(schema.areas).where(eq(schema.areas.code, code)))[0]!.id;
}

/** A demo member of staff by email. */
export async function staffByEmail(platform: Platform, email: string) {
  return (await platform.db.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, email)))[0]!;
}

/** Opens `path` under the platform and signs in there as the demo account `email`. */
export async function signInAt(page: Page, platform: Platform, path: string, email: string) {
  await page.goto(`${platform.baseUrl}${path}`);
  await signIn(page, email, DEMO_PASSWORD);
}
