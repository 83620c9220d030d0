import { randomUUID } from "node:crypto";
import { appRouter, createCallerFactory, createContext, defaultApiConfig, type CookieJar } from "@hearth/api";
import { insertOpenAccessSessions, schema, type Db } from "@hearth/db";
import { eq } from "drizzle-orm";

/** Fixtures the centre staff browser tests share: dates in England and a family's booking. */

const createCaller = createCallerFactory(appRouter);

// This app has no @hearth/domain, so the two date helpers the fixtures need are written here.
export const londonToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
export const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A family booking through the same procedure the public pages call, without a browser. */
export async function bookAsFamily(db: Db, sessionId: string, childFirstName: string) {
  const jar = new Map<string, string>();
  const cookies: CookieJar = { get: (n) => jar.get(n), set: (n, v) => jar.set(n, v), clear: (n) => jar.delete(n) };
  const api = createCaller(
    await createContext({
      db,
      config: { ...defaultApiConfig, secureCookies: false },
      meta: { ip: "198.51.100.7", userAgent: "vitest" },
      cookies,
      rateLimiter: { hit: () => Promise.resolve(true) },
    }),
  );
  return api.bookings.create({
    sessionId,
    idempotencyKey: randomUUID(),
    carerName: "Priya Shah",
    mobile: "07700 900123",
    preferredChannel: "sms",
    postcode: "OX4 6JZ",
    consentToContact: false,
    children: [{ firstName: childFirstName, dateOfBirth: "2024-03-15", send: false }],
  });
}

/** A session tomorrow at Blackbird Leys, the demo centre member of staff's own centre. */
export async function sessionTomorrowAtLeys(db: Db, title: string, times = { startTime: "00:30", endTime: "01:30" }) {
  const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.slug, "blackbird-leys"));
  const [type] = await db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, "stay_play_learn"));
  const [session] = await insertOpenAccessSessions(db, [
    { centreId: centre!.id, sessionTypeId: type!.id, title, date: dayAfter(londonToday()), ...times, capacity: 12, createdBy: null },
  ]);
  return { sessionId: session!.id, centreId: centre!.id };
}
