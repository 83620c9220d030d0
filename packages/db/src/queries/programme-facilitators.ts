import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { rawRows, textArray } from "./raw";

export interface ProgrammeFacilitatorRow {
  id: string;
  name: string;
  role: string;
  areaId: string;
}

/**
 * The active staff who can facilitate a run — FSS practitioners and centre staff — in the given
 * areas (every area for county-wide callers). Centre staff belong to their centre's area.
 */
export function programmeFacilitators(db: Db, params: { areaIds: string[] | null }): Promise<ProgrammeFacilitatorRow[]> {
  return rawRows<ProgrammeFacilitatorRow>(
    db,
    sql`
      select s.id::text as "id", s.display_name as "name", s.role::text as "role", coalesce(s.area_id, c.area_id)::text as "areaId"
      from staff_users s
      left join centres c on c.id = s.centre_id
      where s.active and s.role in ('fss_worker', 'fss_manager', 'centre_staff', 'centre_manager')
        and (${params.areaIds === null} or coalesce(s.area_id, c.area_id) = any(${textArray(params.areaIds ?? [])}::uuid[]))
      order by s.display_name
      limit 500`,
  );
}
