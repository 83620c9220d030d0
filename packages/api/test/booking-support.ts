import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { insertOpenAccessSessions, schema, type Db } from "@hearth/db";
import type { BookingCreate } from "@hearth/domain";

/** Fixtures for the booking tests: sessions straight into the database, and families that differ. */

export async function centreIdOf(db: Db, slug: string) {
  const [row] = await db.select().from(schema.centres).where(eq(schema.centres.slug, slug));
  return row!.id;
}

export async function sessionTypeIdOf(db: Db, code: string) {
  const [row] = await db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, code));
  return row!.id;
}

/** A London date `days` from today. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the week after next, so a whole week of sessions is in the future. */
export function mondayAfterNext(): string {
  const today = new Date();
  const daysToMonday = (8 - today.getUTCDay()) % 7 || 7;
  return daysFromToday(daysToMonday + 7);
}

export async function newSession(
  db: Db,
  options: { capacity: number; date?: string; centre?: string; type?: string; startTime?: string; endTime?: string; title?: string },
) {
  const [row] = await insertOpenAccessSessions(db, [
    {
      centreId: await centreIdOf(db, options.centre ?? "blackbird-leys"),
      sessionTypeId: await sessionTypeIdOf(db, options.type ?? "stay_play_learn"),
      title: options.title ?? "Stay and play",
      date: options.date ?? daysFromToday(3),
      startTime: options.startTime ?? "10:00",
      endTime: options.endTime ?? "11:30",
      capacity: options.capacity,
      createdBy: null,
    },
  ]);
  return row!.id;
}

const names = ["Amira", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack", "Kai", "Lily"];
let family = 0;

/** A booking form filled in by a different family each time (a child aged 2, OX4 postcode). */
export function bookingInput(sessionId: string, overrides: Partial<BookingCreate> = {}): BookingCreate {
  const n = ++family;
  // The letters a postcode's last two characters may use.
  const alphabet = "ABDEFGHJLNPQRSTUWXYZ";
  const letters = (k: number) => alphabet[k % 20]! + alphabet[Math.floor(k / 20) % 20]!;
  return {
    sessionId,
    idempotencyKey: randomUUID(),
    carerName: `Parent ${names[n % names.length]} ${letters(n)}`,
    mobile: `07700 ${String(900000 + n).slice(-6)}`,
    email: undefined,
    preferredChannel: "sms",
    postcode: `OX4 ${Math.floor(n / 400) % 10}${letters(n)}`,
    consentToContact: true,
    children: [{ firstName: `${names[n % names.length]}${letters(n).toLowerCase()}`, dateOfBirth: "2024-03-15", send: false }],
    ...overrides,
  };
}
