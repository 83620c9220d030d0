import { and, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditEvents, familyMembers, recordAccessGrants, staffUsers } from "../schema";

/** The families a person belongs to: a read of the family, or of a register naming it, shows them. */
export async function familyIdsOfPerson(db: Db, personId: string): Promise<string[]> {
  const rows = await db.select({ familyId: familyMembers.familyId }).from(familyMembers).where(eq(familyMembers.personId, personId));
  return rows.map((r) => r.familyId);
}

/**
 * Every audit event that touched one person, newest first: reads and changes of their own record
 * (including summaries in search results and reads as a member shown on a family page), reads and
 * changes of their families' records, lists whose audit row names one of their families (a
 * centre's day, a session register, a worker's open work) or names them (`personIds`, `added`),
 * refusals and breaks of the glass. `containment` is jsonb @>, which PostgreSQL and PGlite share.
 */
export function accessEventsOfPerson(db: Db, params: { personId: string; familyIds: string[]; limit: number }) {
  const { personId, familyIds } = params;
  const names = (key: string, id: string): SQL => sql`${auditEvents.detail} @> ${JSON.stringify({ [key]: [id] })}::jsonb`;
  const touching = or(
    and(eq(auditEvents.entityType, "person"), eq(auditEvents.entityId, personId)),
    familyIds.length ? and(eq(auditEvents.entityType, "family"), inArray(auditEvents.entityId, familyIds)) : undefined,
    ...familyIds.map((id) => names("familyIds", id)),
    names("personIds", personId),
    names("added", personId),
  );
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      outcome: auditEvents.outcome,
      actorStaffId: auditEvents.actorStaffId,
      actorRole: auditEvents.actorRole,
      actorName: staffUsers.displayName,
      actorEmail: staffUsers.email,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(staffUsers, eq(staffUsers.id, auditEvents.actorStaffId))
    .where(touching)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(params.limit);
}
export type PersonAccessEvent = Awaited<ReturnType<typeof accessEventsOfPerson>>[number];

/** The reasons given for breaking the glass on a person's record, by grant id. */
export async function breakGlassReasonsFor(db: Db, personId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: recordAccessGrants.id, reason: recordAccessGrants.reason })
    .from(recordAccessGrants)
    .where(eq(recordAccessGrants.personId, personId));
  return new Map(rows.map((r) => [r.id, r.reason]));
}
