import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../client";
import { centres, consentRecords, families, staffUsers } from "../schema";

/**
 * Reads and writes behind the family record's in-place changes that family-records.ts (contact
 * details and consent, by person) does not already give: one consent record, and the key worker.
 */

export async function getConsentRecord(db: Db, consentId: string) {
  const [row] = await db.select().from(consentRecords).where(eq(consentRecords.id, consentId));
  return row ?? null;
}

export async function setFamilyKeyWorker(db: Db, familyId: string, staffId: string | null) {
  await db.update(families).set({ keyWorkerId: staffId }).where(eq(families.id, familyId));
}

/**
 * Active staff in the given roles who work in the area (their own or their centre's), and
 * county-wide staff in `countyWideRoles`: whoever could open a record owned by that area.
 */
export function staffWhoCouldKeyWork(db: Db, params: { areaId: string; roles: readonly string[]; countyWideRoles: readonly string[] }) {
  const inArea = or(eq(staffUsers.areaId, params.areaId), eq(centres.areaId, params.areaId));
  const countyWide = params.countyWideRoles.length ? inArray(staffUsers.role, params.countyWideRoles as never[]) : undefined;
  return db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, role: staffUsers.role })
    .from(staffUsers)
    .leftJoin(centres, eq(centres.id, staffUsers.centreId))
    .where(and(eq(staffUsers.active, true), inArray(staffUsers.role, params.roles as never[]), countyWide ? or(inArea, countyWide) : inArea))
    .orderBy(asc(staffUsers.displayName));
}
