import { randomUUID } from "node:crypto";
import { appRouter, createCallerFactory, createContext, defaultApiConfig } from "@hearth/api";
import { insertOpenAccessSessions, schema, type Db } from "@hearth/db";
import { addDays, londonDateOf } from "@hearth/domain";
import { eq } from "drizzle-orm";

/** Sessions and bookings made the way a family makes them: through the public booking procedure. */
const createCaller = createCallerFactory(appRouter);

async function familyCaller(db: Db) {
  const jar = new Map<string, string>();
  return createCaller(
    await createContext({
      db,
      config: { ...defaultApiConfig, secureCookies: false },
      meta: { ip: "192.0.2.10", userAgent: "vitest" },
      cookies: { get: (n) => jar.get(n), set: (n, v) => void jar.set(n, v), clear: (n) => void jar.delete(n) },
      rateLimiter: { hit: () => Promise.resolve(true) },
    }),
  );
}

export async function sessionTomorrow(db: Db, capacity = 50): Promise<string> {
  const [centre] = await db.select().from(schema.centres).where(eq(schema.centres.slug, "didcot"));
  const [type] = await db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, "stay_play_learn"));
  const [row] = await insertOpenAccessSessions(db, [
    {
      centreId: centre!.id,
      sessionTypeId: type!.id,
      title: "Stay and play",
      date: addDays(londonDateOf(new Date()), 1),
      startTime: "10:00",
      endTime: "11:30",
      capacity,
      createdBy: null,
    },
  ]);
  return row!.id;
}

let n = 0;
export async function bookPlace(db: Db, sessionId: string, contact: { mobile?: string; email?: string } = {}) {
  n++;
  const api = await familyCaller(db);
  const result = await api.bookings.create({
    sessionId,
    idempotencyKey: randomUUID(),
    carerName: `Sam Parent${n}`,
    mobile: contact.mobile ?? (contact.email ? undefined : `07700 9${String(10000 + n).slice(-5)}`),
    email: contact.email,
    preferredChannel: contact.mobile || !contact.email ? "sms" : "email",
    // A different family each time: the booking service links the same family's bookings together.
    postcode: `OX11 ${n % 10}${"ABDEFGHJLNPQRSTUWXYZ"[Math.floor(n / 10) % 20]}${"ABDEFGHJLNPQRSTUWXYZ"[Math.floor(n / 200) % 20]}`,
    consentToContact: true,
    children: [{ firstName: `Child${n}`, dateOfBirth: "2024-02-10", send: false }],
  });
  const [row] = await db.select({ id: schema.bookings.id }).from(schema.bookings).where(eq(schema.bookings.reference, result.reference));
  return {
    ...result,
    bookingId: row!.id,
    cancel: async () => (await familyCaller(db)).bookings.manage.cancel({ token: result.manageToken! }),
  };
}
