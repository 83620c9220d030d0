import { randomUUID } from "node:crypto";
import { appRouter, createCallerFactory, createContext, defaultApiConfig, type CookieJar } from "@hearth/api";
import { DEMO_PASSWORD, insertOpenAccessSessions, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const createCaller = createCallerFactory(appRouter);

/** A family booking through the same procedure the public pages call, without a browser. */
async function book(sessionId: string, carerName: string, childFirstName: string) {
  const jar = new Map<string, string>();
  const cookies: CookieJar = { get: (n) => jar.get(n), set: (n, v) => jar.set(n, v), clear: (n) => jar.delete(n) };
  const api = createCaller(
    await createContext({
      db: platform.db.db,
      config: { ...defaultApiConfig, secureCookies: false },
      meta: { ip: "198.51.100.8", userAgent: "vitest" },
      cookies,
      rateLimiter: { hit: () => Promise.resolve(true) },
    }),
  );
  return api.bookings.create({
    sessionId,
    idempotencyKey: randomUUID(),
    carerName,
    mobile: "07700 900456",
    preferredChannel: "sms",
    postcode: "OX4 6JZ",
    consentToContact: false,
    children: [{ firstName: childFirstName, dateOfBirth: "2024-03-15", send: false }],
  });
}

/** Two families who share nothing but a mobile number book the same session at Blackbird Leys. */
async function twoFamiliesSharingAMobile() {
  const db = platform.db.db;
  const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.slug, "blackbird-leys"));
  const [type] = await db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, "stay_play_learn"));
  const date = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const [session] = await insertOpenAccessSessions(db, [
    { centreId: centre!.id, sessionTypeId: type!.id, title: "Rhyme time", date, startTime: "10:00", endTime: "11:00", capacity: 12, createdBy: null },
  ]);
  await book(session!.id, "Priya Shah", "Amira");
  await book(session!.id, "Dan Cole", "Noah");
}

describe("new families to check, in a real browser", () => {
  it("centre staff see a booking that shares a mobile with a known family, check both and join them", async () => {
    await twoFamiliesSharingAMobile();
    const page = await platform.newPage();

    await page.goto(`${platform.baseUrl}/centres/staff`);
    await signIn(page, "centre.staff@hearth.test", DEMO_PASSWORD);
    await page.getByRole("navigation").getByRole("link", { name: "New families to check" }).click();
    await page.getByRole("heading", { name: "New families to check" }).waitFor();
    const row = page.getByRole("row", { name: /Dan Cole/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("Same mobile number");
    expect(await row.textContent()).toContain("Family of Priya Shah");
    await expectAccessible(page);

    await row.getByRole("link", { name: /Check/ }).click();
    await page.getByRole("heading", { name: "Are these the same family?" }).waitFor();
    expect(await page.locator("main").textContent()).toContain("Noah, born 15 March 2024");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Yes, join the families" }).click();
    await page.getByText("The families have been joined.").waitFor();
    await page.getByText("There are no new families to check.").waitFor();
    await expectAccessible(page);

    const [match] = await platform.db.db.select().from(schema.possibleFamilyMatches);
    expect(match!.status).toBe("confirmed");
  });
});
