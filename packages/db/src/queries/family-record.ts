import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  auditEvents,
  bookingChildren,
  bookings,
  centres,
  consentRecords,
  contactDetails,
  families,
  familyMembers,
  openAccessSessions,
  personRelationships,
  sessionAttendances,
  staffUsers,
} from "../schema";

/** The key worker's name for the identity bar, or null when none is allocated. */
export async function keyWorkerOfFamily(db: Db, familyId: string) {
  const [row] = await db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName })
    .from(families)
    .innerJoin(staffUsers, eq(staffUsers.id, families.keyWorkerId))
    .where(eq(families.id, familyId));
  return row ?? null;
}

/** Contact details, relationships among them and consent records of the given members. */
export async function membersDetails(db: Db, personIds: string[]) {
  if (!personIds.length) return { contacts: [], relationships: [], consents: [] };
  const [contacts, relationships, consents] = await Promise.all([
    db.select().from(contactDetails).where(inArray(contactDetails.personId, personIds)),
    db
      .select()
      .from(personRelationships)
      .where(and(inArray(personRelationships.personId, personIds), inArray(personRelationships.relativeId, personIds))),
    db.select().from(consentRecords).where(inArray(consentRecords.personId, personIds)).orderBy(consentRecords.givenOn),
  ]);
  return { contacts, relationships, consents };
}

export async function familyMembership(db: Db, familyId: string, personId: string) {
  const [row] = await db
    .select()
    .from(familyMembers)
    .where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.personId, personId)));
  return row ?? null;
}

export async function setFamilyMemberRole(db: Db, familyId: string, personId: string, role: (typeof familyMembers.$inferInsert)["role"]) {
  await db
    .update(familyMembers)
    .set({ role })
    .where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.personId, personId)));
}

export async function relationshipBetween(db: Db, personId: string, relativeId: string) {
  const [row] = await db
    .select()
    .from(personRelationships)
    .where(and(eq(personRelationships.personId, personId), eq(personRelationships.relativeId, relativeId)));
  return row ?? null;
}

export async function saveRelationship(db: Db, row: typeof personRelationships.$inferInsert) {
  const set = { relationship: row.relationship, parentalResponsibility: row.parentalResponsibility ?? null };
  await db
    .insert(personRelationships)
    .values(row)
    .onConflictDoUpdate({ target: [personRelationships.personId, personRelationships.relativeId], set });
}

/**
 * Centre bookings by the family and the register rows of its members: the children's centres'
 * part of the Involvement page. Later services add their own queries beside this one.
 */
export async function centreInvolvement(db: Db, familyId: string, personIds: string[]) {
  const sessionColumns = { title: openAccessSessions.title, startsAt: openAccessSessions.startsAt, centreName: centres.name };
  const booked = await db
    .select({ id: bookings.id, reference: bookings.reference, status: bookings.status, places: bookings.places, ...sessionColumns })
    .from(bookings)
    .innerJoin(openAccessSessions, eq(openAccessSessions.id, bookings.sessionId))
    .innerJoin(centres, eq(centres.id, openAccessSessions.centreId))
    .where(
      or(
        eq(bookings.familyId, familyId),
        personIds.length
          ? inArray(
              bookings.id,
              db.select({ id: bookingChildren.bookingId }).from(bookingChildren).where(inArray(bookingChildren.personId, personIds)),
            )
          : sql`false`,
      ),
    )
    .orderBy(desc(openAccessSessions.startsAt))
    .limit(200);
  const attended = personIds.length
    ? await db
        .select({
          id: sessionAttendances.id,
          personId: sessionAttendances.personId,
          status: sessionAttendances.status,
          walkIn: sessionAttendances.walkIn,
          ...sessionColumns,
        })
        .from(sessionAttendances)
        .innerJoin(openAccessSessions, eq(openAccessSessions.id, sessionAttendances.sessionId))
        .innerJoin(centres, eq(centres.id, openAccessSessions.centreId))
        .where(inArray(sessionAttendances.personId, personIds))
        .orderBy(desc(openAccessSessions.startsAt))
        .limit(200)
    : [];
  return { bookings: booked, attendance: attended };
}

/** Who has read or changed the family or any of the given members, newest first. */
export function accessLogOf(db: Db, familyId: string, personIds: string[], limit = 200) {
  const onFamily = and(eq(auditEvents.entityType, "family"), eq(auditEvents.entityId, familyId));
  const onMembers = personIds.length ? and(eq(auditEvents.entityType, "person"), inArray(auditEvents.entityId, personIds)) : undefined;
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      outcome: auditEvents.outcome,
      actorRole: auditEvents.actorRole,
      actorName: staffUsers.displayName,
    })
    .from(auditEvents)
    .leftJoin(staffUsers, eq(staffUsers.id, auditEvents.actorStaffId))
    .where(onMembers ? or(onFamily, onMembers) : onFamily)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}
