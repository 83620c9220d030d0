import { and, asc, count, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { StaffRole } from "@hearth/domain";
import type { Db } from "../client";
import { hashToken } from "../crypto";
import { areas, centres, consultations, families, fssCases, staffInvitations, staffSessions, staffUsers, teamsAroundFamilies } from "../schema";

const staffColumns = {
  id: staffUsers.id,
  email: staffUsers.email,
  displayName: staffUsers.displayName,
  role: staffUsers.role,
  areaId: staffUsers.areaId,
  areaName: areas.name,
  centreId: staffUsers.centreId,
  centreName: centres.name,
  active: staffUsers.active,
  // Whether they have set a password yet: an invited member of staff has not.
  hasPassword: sql<boolean>`${staffUsers.passwordHash} is not null`,
  createdAt: staffUsers.createdAt,
};

/** Every member of staff, with the area or centre they work in, by name. */
export function listStaffAccounts(db: Db, filter: { active?: boolean }) {
  return db
    .select(staffColumns)
    .from(staffUsers)
    .leftJoin(areas, eq(areas.id, staffUsers.areaId))
    .leftJoin(centres, eq(centres.id, staffUsers.centreId))
    .where(filter.active === undefined ? undefined : eq(staffUsers.active, filter.active))
    .orderBy(asc(staffUsers.displayName), asc(staffUsers.email));
}

export async function getStaffAccount(db: Db, staffId: string) {
  const [row] = await db
    .select(staffColumns)
    .from(staffUsers)
    .leftJoin(areas, eq(areas.id, staffUsers.areaId))
    .leftJoin(centres, eq(centres.id, staffUsers.centreId))
    .where(eq(staffUsers.id, staffId));
  return row ?? null;
}
export type StaffAccount = NonNullable<Awaited<ReturnType<typeof getStaffAccount>>>;

// One advisory lock for every change that could leave the county without an administrator, so two
// administrators demoting each other at once cannot both see "another admin remains".
const LAST_ADMIN_LOCK = 5_201;

/** Takes the administrators' lock for the rest of the transaction, then counts active admins other than `staffId`. */
export async function otherActiveAdmins(tx: Db, staffId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LAST_ADMIN_LOCK})`);
  const [row] = await tx
    .select({ n: count() })
    .from(staffUsers)
    .where(and(eq(staffUsers.role, "admin"), eq(staffUsers.active, true), ne(staffUsers.id, staffId)));
  return row?.n ?? 0;
}

/** A new account without a password: it can be used only after its invitation link is followed. */
export async function insertStaffAccount(
  db: Db,
  values: { email: string; displayName: string; role: StaffRole; areaId: string | null; centreId: string | null },
) {
  const [row] = await db.insert(staffUsers).values(values).onConflictDoNothing({ target: staffUsers.email }).returning({ id: staffUsers.id });
  return row ?? null;
}

export async function updateStaffAccount(
  db: Db,
  staffId: string,
  values: Partial<{ role: StaffRole; areaId: string | null; centreId: string | null; active: boolean; passwordHash: string }>,
  now: Date,
) {
  await db
    .update(staffUsers)
    .set({ ...values, updatedAt: now })
    .where(eq(staffUsers.id, staffId));
}

/** Ends every session of one member of staff; returns how many there were. */
export async function endSessionsOfStaff(db: Db, staffId: string): Promise<number> {
  const ended = await db.delete(staffSessions).where(eq(staffSessions.staffId, staffId)).returning({ id: staffSessions.id });
  return ended.length;
}

/** A new invitation replaces any earlier one still unused, so only the latest link works. */
export async function createStaffInvitation(db: Db, params: { staffId: string; token: string; expiresAt: Date; createdBy: string; now: Date }) {
  await db
    .update(staffInvitations)
    .set({ usedAt: params.now })
    .where(and(eq(staffInvitations.staffId, params.staffId), isNull(staffInvitations.usedAt)));
  await db.insert(staffInvitations).values({
    staffId: params.staffId,
    tokenHash: hashToken(params.token),
    expiresAt: params.expiresAt,
    createdBy: params.createdBy,
    createdAt: params.now,
  });
}

/**
 * Spends an invitation in one statement (so a link followed twice at once sets one password) and
 * returns its member of staff, or null when it is unknown, used, expired or its account inactive.
 */
export async function spendStaffInvitation(db: Db, token: string, now: Date) {
  const [row] = await db
    .update(staffInvitations)
    .set({ usedAt: now })
    .where(and(eq(staffInvitations.tokenHash, hashToken(token)), isNull(staffInvitations.usedAt), gt(staffInvitations.expiresAt, now)))
    .returning({ staffId: staffInvitations.staffId });
  if (!row) return null;
  const [staff] = await db
    .select({ id: staffUsers.id, email: staffUsers.email })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, row.staffId), eq(staffUsers.active, true)));
  return staff ?? null;
}

/**
 * The open work a member of staff holds, for reallocation when they leave or move: FSS cases they
 * are key worker for, consultations they took that are not closed, Teams Around the Family they lead.
 */
export async function openWorkHeldBy(db: Db, staffId: string) {
  const [cases, calls, tafs] = await Promise.all([
    db
      .select({ id: fssCases.id, familyId: families.id, familyName: families.name, openedOn: fssCases.openedOn })
      .from(fssCases)
      .innerJoin(families, eq(families.id, fssCases.familyId))
      .where(and(eq(fssCases.keyWorkerId, staffId), eq(fssCases.status, "open")))
      .orderBy(asc(fssCases.openedOn)),
    db
      .select({
        id: consultations.id,
        number: consultations.number,
        familyId: consultations.familyId,
        familyName: families.name,
        status: consultations.status,
        receivedAt: consultations.receivedAt,
      })
      .from(consultations)
      .leftJoin(families, eq(families.id, consultations.familyId))
      .where(and(eq(consultations.takenBy, staffId), ne(consultations.status, "closed")))
      .orderBy(asc(consultations.receivedAt)),
    db
      .select({ id: teamsAroundFamilies.id, familyId: families.id, familyName: families.name, startedOn: teamsAroundFamilies.startedOn })
      .from(teamsAroundFamilies)
      .innerJoin(families, eq(families.id, teamsAroundFamilies.familyId))
      .where(and(eq(teamsAroundFamilies.leadStaffId, staffId), eq(teamsAroundFamilies.status, "open")))
      .orderBy(asc(teamsAroundFamilies.startedOn)),
  ]);
  return { cases, consultations: calls, teamsAroundFamilies: tafs };
}
