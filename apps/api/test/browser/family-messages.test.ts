import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD, insertOpenAccessSessions, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

// The whole platform as `pnpm start` runs it: API and worker, with neither Notify nor SMTP
// configured, so family messages go to the outbox that staff read.
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform({ withWorker: true });
});
afterAll(() => platform?.close());

describe("the outbox in the centre staff area", () => {
  it("shows a family's booking confirmation moments after they book", async () => {
    const db = platform.db.db;
    const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.slug, "blackbird-leys"));
    const [type] = await db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, "stay_play_learn"));
    const date = new Date(Date.now() + 4 * 86_400_000).toISOString().slice(0, 10);
    const [session] = await insertOpenAccessSessions(db, [
      {
        centreId: centre!.id,
        sessionTypeId: type!.id,
        title: "Outbox stay and play",
        date,
        startTime: "10:00",
        endTime: "11:30",
        capacity: 5,
        createdBy: null,
      },
    ]);
    const response = await fetch(`${platform.baseUrl}/trpc/bookings.create`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        sessionId: session!.id,
        idempotencyKey: randomUUID(),
        carerName: "Priya Shah",
        mobile: "07700 900456",
        preferredChannel: "sms",
        postcode: "OX4 6AA",
        consentToContact: true,
        children: [{ firstName: "Anya", dateOfBirth: "2024-01-20", send: false }],
      }),
    });
    const { reference } = ((await response.json()) as { result: { data: { reference: string } } }).result.data;

    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/centres/staff/messages`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Messages to families" }).waitFor();
    // The API nudges the worker, which sends at once: reload until it is there (a second or two).
    for (let i = 0; i < 20 && !(await page.getByText(`Reference: ${reference}`).count()); i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Messages to families" }).waitFor();
    }
    await page.getByRole("heading", { name: "Booking confirmed: Outbox stay and play" }).waitFor();
    expect(await page.getByText("07700900456 (text message)").count()).toBe(1);
    // Staff see what the family was told, never a live link that would let them act as the family.
    expect(await page.getByText(/booking\/manage#\[link hidden\]/).count()).toBe(1);
    expect(await page.locator(".hearth-message-body").allTextContents()).not.toContainEqual(expect.stringMatching(/manage#[A-Za-z0-9_-]{43}/));
    await expectAccessible(page);
  });
});
