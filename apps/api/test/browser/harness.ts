import { randomBytes } from "node:crypto";
import { AxeBuilder } from "@axe-core/playwright";
import { defaultApiConfig } from "@hearth/api";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
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

export async function startPlatform(): Promise<Platform> {
  const db = await createTestDatabase();
  const redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  const redisPrefix = `test-${randomBytes(4).toString("hex")}`;
  const app = await buildServer({ db: db.db, redis, config: { ...defaultApiConfig, secureCookies: false }, logLevel: "silent", redisPrefix });
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
  const contexts: BrowserContext[] = [];
  return {
    baseUrl: `http://127.0.0.1:${port}`,
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
