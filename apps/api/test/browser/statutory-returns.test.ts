import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { censusPopulation, schema } from "@hearth/db";
// The worker builds the census beside the API, as the composition root (apps/platform) runs them.
// eslint-disable-next-line hearth/import-boundaries
import { readWorkerEnv } from "@hearth/worker/env";
// eslint-disable-next-line hearth/import-boundaries
import { startWorker, type RunningWorker } from "@hearth/worker/start";
import { eq, like } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signInAt, startPlatform, type Platform } from "./harness";

/**
 * A data officer builds the CIN census in the browser: a wrong reference date is refused beside
 * the field, the run's progress shows while the worker builds it, and the file and the validation
 * report download (each download audited).
 */
let platform: Platform;
let worker: RunningWorker;
let returnsDir: string;

beforeAll(async () => {
  returnsDir = await mkdtemp(join(tmpdir(), "hearth-returns-browser-"));
  platform = await startPlatform({ returnsDir });
  await censusPopulation(platform.db.db, { seed: 11, censusYear: 2026, production: false }).add(10_000);
  worker = await startWorker(
    readWorkerEnv({
      REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
      QUEUE_PREFIX: platform.redisPrefix,
      PUBLIC_BASE_URL: platform.baseUrl,
      RETURNS_DIR: returnsDir,
    }),
    { db: platform.db.db, log: pino({ level: "silent" }) },
  );
}, 180_000);
afterAll(async () => {
  await worker?.close(1_000);
  await platform?.close();
  await rm(returnsDir, { recursive: true, force: true });
});

describe("the Statutory returns page", () => {
  it("starts the census, shows its progress and downloads the file and report", { timeout: 180_000 }, async () => {
    const page = await platform.newPage();
    await signInAt(page, platform, "/fss/", "data.officer@hearth.test");
    await page.getByRole("link", { name: "Statutory returns" }).first().click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Statutory returns");
    await expectAccessible(page);

    // A reference date that is not 31 March is refused beside the field. (The page also offers
    // data officers the NCCIS return, with its own month: the census's date is found by its legend.)
    const referenceDate = page.getByRole("group", { name: /Census reference date/ });
    await referenceDate.getByLabel("Day").fill("30");
    await referenceDate.getByLabel("Month").fill("4");
    await referenceDate.getByLabel("Year").fill("2026");
    await page.getByRole("button", { name: "Start the census" }).click();
    await expect.poll(() => page.locator(".govuk-error-message").first().textContent()).toContain("always 31 March");
    await expectAccessible(page);

    await referenceDate.getByLabel("Day").fill("31");
    await referenceDate.getByLabel("Month").fill("3");
    await page.getByRole("button", { name: "Start the census" }).click();
    // The progress bar while it is built: children done of children in scope.
    await page.locator("progress.hearth-progress").first().waitFor();
    await expectAccessible(page);
    await page.getByText("Ready", { exact: true }).waitFor({ timeout: 120_000 });
    await expect.poll(() => page.getByText(/10,000 children; \d+ errors, \d+ queries/).count()).toBe(1);
    await expectAccessible(page);

    const [xmlDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Census file \(XML\)/ }).click()]);
    expect(xmlDownload.suggestedFilename()).toBe("cin-census-2025-26-1.xml");
    const xml = await readFile(await xmlDownload.path(), "utf8");
    expect(xml.match(/<Child>/g)).toHaveLength(10_000);

    const [reportDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Validation report \(CSV\)/ }).click(),
    ]);
    expect(reportDownload.suggestedFilename()).toBe("cin-census-2025-26-1-validation-report.csv");
    const report = await readFile(await reportDownload.path(), "utf8");
    expect(report.split("\r\n")[0]).toBe("LA child ID,Episode (referral date),Rule,Severity,Problem,Record");

    const audited = await platform.db.db.select().from(schema.auditEvents).where(like(schema.auditEvents.action, "returns.download.%"));
    expect(audited.map((a) => a.action).sort()).toEqual(["returns.download.file", "returns.download.report"]);
    const [officer] = await platform.db.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "data.officer@hearth.test"));
    expect(audited.every((a) => a.actorStaffId === officer!.id)).toBe(true);
  });

  it("refuses a download to anyone but data officers and administrators", async () => {
    const page = await platform.newPage();
    await signInAt(page, platform, "/fss/", "fss.worker@hearth.test");
    await page.getByText(/^Welcome,/).waitFor();
    // No link to the page in an FSS worker's navigation, and the file itself refused.
    expect(await page.getByRole("link", { name: "Statutory returns" }).count()).toBe(0);
    const [run] = await platform.db.db.select().from(schema.statutoryReturns).limit(1);
    const response = await page.request.get(`${platform.baseUrl}/returns/${run!.id}/file`);
    expect(response.status()).toBe(403);
  });
});
