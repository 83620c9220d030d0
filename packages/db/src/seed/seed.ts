import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { hashPassword } from "../crypto";
import { areas, callerOrganisations, centres, localities, programmes, sessionTypes, staffUsers, thresholdIndicators } from "../schema";
import { illustrativeIndicatorCatalogue, standardOpenAccessSessionTypes } from "@hearth/domain";
import { seedDirectory } from "./directory";
import { programmeData } from "./programme-data";
import { DEMO_PASSWORD, areaData, centreData, demoCallerOrganisationData, demoStaffData, localityData } from "./reference-data";

/**
 * Writes the reference data, and the demo accounts unless `production`. Safe to run at every start:
 * existing rows are updated in place, never duplicated, and demo passwords are not re-hashed.
 */
export async function seed(db: Db, options: { production: boolean }) {
  await db.transaction(async (tx) => {
    const areaRows = await tx
      .insert(areas)
      .values([...areaData])
      .onConflictDoUpdate({ target: areas.code, set: { name: sql`excluded.name`, office: sql`excluded.office` } })
      .returning();
    const areaId = new Map(areaRows.map((a) => [a.code, a.id]));

    await tx
      .insert(localities)
      .values(localityData.map(({ area, ...l }) => ({ ...l, areaId: areaId.get(area)! })))
      .onConflictDoUpdate({
        target: localities.name,
        set: { areaId: sql`excluded.area_id`, postcodeDistricts: sql`excluded.postcode_districts` },
      });

    const centreRows = await tx
      .insert(centres)
      .values(centreData.map(({ area, reach, ...c }) => ({ ...c, areaId: areaId.get(area)!, reachPostcodeDistricts: reach })))
      .onConflictDoUpdate({
        target: centres.slug,
        set: {
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          areaId: sql`excluded.area_id`,
          town: sql`excluded.town`,
          address: sql`excluded.address`,
          reachPostcodeDistricts: sql`excluded.reach_postcode_districts`,
        },
      })
      .returning();
    const centreId = new Map(centreRows.map((c) => [c.slug, c.id]));

    await tx
      .insert(sessionTypes)
      .values(
        standardOpenAccessSessionTypes.map((t) => ({
          code: t.code,
          name: t.name,
          description: t.description ?? null,
          fromMonths: t.ageRule.fromMonths,
          untilMonths: t.ageRule.untilMonths,
          extendedUntilMonths: t.ageRule.extendedUntilMonths ?? null,
          unbornWelcome: t.ageRule.unbornWelcome,
          carerMustStay: t.carerMustStay,
        })),
      )
      .onConflictDoUpdate({
        target: sessionTypes.code,
        set: {
          name: sql`excluded.name`,
          description: sql`excluded.description`,
          fromMonths: sql`excluded.from_months`,
          untilMonths: sql`excluded.until_months`,
          extendedUntilMonths: sql`excluded.extended_until_months`,
          unbornWelcome: sql`excluded.unborn_welcome`,
          carerMustStay: sql`excluded.carer_must_stay`,
        },
      });

    // Catalogues are seeded only where missing: once a council has edited an indicator or a
    // programme, its wording is theirs and a restart must not put ours back.
    await tx
      .insert(thresholdIndicators)
      .values([...illustrativeIndicatorCatalogue])
      .onConflictDoNothing({ target: thresholdIndicators.code });
    await tx
      .insert(programmes)
      .values(programmeData.map((p) => ({ ...p, description: p.description ?? null })))
      .onConflictDoNothing({ target: programmes.name });

    if (options.production) return;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await tx
      .insert(staffUsers)
      .values(
        demoStaffData.map((s) => ({
          email: s.email,
          displayName: s.displayName,
          role: s.role,
          areaId: s.area ? areaId.get(s.area)! : null,
          centreId: s.centre ? centreId.get(s.centre)! : null,
          passwordHash,
        })),
      )
      .onConflictDoNothing({ target: staffUsers.email });
    await tx
      .insert(callerOrganisations)
      .values(demoCallerOrganisationData.map((o) => ({ name: o.name, kind: o.kind, areaId: o.area ? areaId.get(o.area)! : null })))
      .onConflictDoNothing({ target: callerOrganisations.name });
    await seedDirectory(tx);
  });
}
