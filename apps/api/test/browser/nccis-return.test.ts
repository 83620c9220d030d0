import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { schema } from "@hearth/db";
// The worker builds the return beside the API, as the composition root (apps/platform) runs them.
// eslint-disable-next-line hearth/import-boundaries
import { readWorkerEnv } from "@hearth/worker/env";
// eslint-disable-next-line hearth/import-boundaries
import { startWorker, type RunningWorker } from "@hearth/worker/start";
import { eq, like } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signInAt, startPlatform, type Platform } from "./harness";

/**
 * An EET officer makes last month's NCCIS return on the Statutory returns page (issue 14 §2): the
 * census is not offered to them, the run waits with its progress bar until a worker takes it, and
 * once ready the file, the validation report (a problem per young person, with a link to their
 * NEET record) and the records sent download, each download audited. axe on every state.
 */
let platform: Platform;
let worker: RunningWorker | undefined;
let returnsDir: string;
const ids = { kept: "00000000-0000-4000-8000-00000000b001", unknown: "00000000-0000-4000-8000-00000000b002" };

// Last month's last day in London, without the domain package this app's tests do not import.
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
const monthEnd = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, 0)).toISOString().slice(0, 10);
// Born in January sixteen years before the academic year of that day: academic age 16 on it.
const yearStart = Number(monthEnd.slice(0, 4)) - (monthEnd.slice(5) < "09-01" ? 1 : 0);

beforeAll(async () => {
  returnsDir = await mkdtemp(join(tmpdir(), "hearth-nccis-browser-"));
  platform = await startPlatform({ returnsDir });
  const db = platform.db.db;
  const [area] = await db.insert(schema.areas).values({ code: "nccis-browser", name: "Area Return", office: "Town Hall" }).returning();
  const [officer] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "eet.officer@hearth.test"));
  await db.insert(schema.people).values([
    { id: ids.kept, firstName: "Kit", lastName: "Kept", dateOfBirth: `${yearStart - 16}-01-15`, postcode: "OX4 1AA", areaId: area!.id },
    { id: ids.unknown, firstName: "Una", lastName: "Unknown", dateOfBirth: `${yearStart - 16}-02-15`, areaId: area!.id },
  ]);
  await db.insert(schema.neetActivities).values({
    personId: ids.kept,
    activityCode: "230",
    startDate: `${yearStart}-01-20`,
    expectedEndDate: `${yearStart + 2}-07-10`,
    lastConfirmedOn: monthEnd,
    source: "college_or_provider",
    septemberGuaranteeYear11: "full_time_education",
    recordedBy: officer!.id,
    recordedAt: new Date(`${monthEnd}T09:00:00Z`),
  });
}, 120_000);
afterAll(async () => {
  await worker?.close(1_000);
  await platform?.close();
  await rm(returnsDir, { recursive: true, force: true });
});

describe("the NCCIS return on the Statutory returns page", () => {
  it("starts last month's return, shows its progress and downloads the file, report and records", { timeout: 180_000 }, async () => {
    const page = await platform.newPage();
    await signInAt(page, platform, "/fss/", "eet.officer@hearth.test");
    await page.getByRole("link", { name: "Statutory returns" }).first().click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Statutory returns");
    // The census is the data officers': an EET officer is offered only the NCCIS return.
    expect(await page.getByRole("heading", { name: "Build the Children in Need census" }).count()).toBe(0);
    await page.getByText("No NCCIS return has been built yet.").waitFor();
    await expectAccessible(page);

    const monthLabel = new Date(`${monthEnd}T12:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
    expect(await page.getByLabel("Month").locator("option:checked").textContent()).toBe(monthLabel);
    await page.getByRole("button", { name: "Start the NCCIS return" }).click();
    // No worker yet: the run waits, with its progress bar.
    await page.getByText("Waiting", { exact: true }).waitFor();
    await page.locator("progress.hearth-progress").first().waitFor();
    await expectAccessible(page);

    worker = await startWorker(
      readWorkerEnv({
        REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
        QUEUE_PREFIX: platform.redisPrefix,
        PUBLIC_BASE_URL: platform.baseUrl,
        RETURNS_DIR: returnsDir,
      }),
      { db: platform.db.db, log: pino({ level: "silent" }) },
    );
    await page.getByText("Ready", { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByText(/^2 young people; 1 errors, 2 queries/).waitFor();
    const totals = page.getByRole("table").filter({ hasText: "errors must be fixed" });
    await expect.poll(() => totals.getByRole("row").nth(1).textContent()).toContain("NC03: A home postcode is recorded");
    await expectAccessible(page);

    const month = monthEnd.slice(0, 7);
    const download = async (name: RegExp) => {
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
      return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
    };
    const xml = await download(/NCCIS file \(XML\)/);
    expect(xml.name).toBe(`nccis-${month}-1.xml`);
    expect(xml.text.match(/<YoungPerson>/g)).toHaveLength(2);

    const report = await download(/Validation report \(CSV\)/);
    expect(report.name).toBe(`nccis-${month}-1-validation-report.csv`);
    const lines = report.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("LA young person ID,Activity (code and start),Rule,Severity,Problem,Record");
    expect(lines[1]).toContain(",NC03,Error,No home postcode");
    expect(lines.slice(1).every((l) => l.endsWith(`${platform.baseUrl}/fss/neet/young-people/${ids.unknown}`))).toBe(true);

    const records = await download(/Records sent \(CSV\)/);
    expect(records.name).toBe(`nccis-${month}-1-records.csv`);
    expect(records.text).toContain(",230,Further education,");

    const audited = await platform.db.db.select().from(schema.auditEvents).where(like(schema.auditEvents.action, "returns.download.%"));
    expect(audited.map((a) => a.action).sort()).toEqual(["returns.download.file", "returns.download.records", "returns.download.report"]);
    const [officer] = await platform.db.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "eet.officer@hearth.test"));
    expect(audited.every((a) => a.actorStaffId === officer!.id)).toBe(true);

    // The young person's link in the report opens their NEET record.
    await page.goto(`${platform.baseUrl}/fss/neet/young-people/${ids.unknown}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Una Unknown");
  });
});
