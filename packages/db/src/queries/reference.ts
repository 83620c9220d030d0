import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { areas, centres, localities } from "../schema";

export function listAreas(db: Db) {
  return db.select().from(areas).orderBy(asc(areas.name));
}

export function listLocalities(db: Db, params: { areaId?: string } = {}) {
  return db
    .select()
    .from(localities)
    .where(params.areaId ? eq(localities.areaId, params.areaId) : undefined)
    .orderBy(asc(localities.name));
}

/** Centres with their area's name, grouped by area then name, as the public list shows them. */
export function listCentres(db: Db) {
  return (
    db
      .select({
        id: centres.id,
        slug: centres.slug,
        name: centres.name,
        kind: centres.kind,
        town: centres.town,
        address: centres.address,
        postcode: centres.postcode,
        areaId: centres.areaId,
        areaName: areas.name,
      })
      .from(centres)
      .innerJoin(areas, eq(areas.id, centres.areaId))
      // Mobile provision serves the whole county whichever area runs it (ADR 8), so it is listed last.
      .orderBy(sql`${centres.kind} = 'mobile'`, asc(areas.name), asc(centres.name))
  );
}

export async function getCentre(db: Db, centreId: string) {
  const [row] = await db.select().from(centres).where(eq(centres.id, centreId));
  return row ?? null;
}

/** The area whose localities cover a postcode district, or null when it is outside the county. */
export async function areaForPostcodeDistrict(db: Db, district: string): Promise<string | null> {
  const [row] = await db
    .select({ areaId: localities.areaId })
    .from(localities)
    .where(sql`${district} = any(${localities.postcodeDistricts})`)
    .limit(1);
  return row?.areaId ?? null;
}
