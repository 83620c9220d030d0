import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { rawRows } from "./raw";

/**
 * The dashboards' counts (issue 15 §2), each grouped in PostgreSQL: only counts leave the
 * database, never a row about a person. A null area is the county; a locality narrows to the
 * calls about it (consultations) or the families living in it (requests for service).
 */
export interface DashboardScope {
  areaId: string | null;
  localityId: string | null;
  centreId: string | null;
  from: string;
  to: string;
}

/** One count in a long table: the figure it belongs to, the category within it, how many. */
export interface DimensionCount {
  dimension: string;
  key: string | null;
  count: number;
}

const londonDay = (column: string) => sql.raw(`(${column} at time zone 'Europe/London')::date`);

/**
 * Consultations received in the period by how they reached LCSS (the caller's kind of
 * organisation), the child's age, the threshold level decided and the presenting needs (the
 * areas of the Assessment Framework its indicators fall in). No-names calls record no sex or SEN, so those
 * figures come from the requests for service, which are always about named children.
 */
export function consultationCounts(db: Db, s: DashboardScope) {
  return rawRows<DimensionCount>(
    db,
    sql`with c as (
      select c.id, c.child_age, case when c.organisation_id is null then case when c.organisation_other is null then null else 'other' end else o.kind end as kind,
             d.level, d.indicator_codes
        from consultations c
        left join caller_organisations o on o.id = c.organisation_id
        left join lateral (select level, indicator_codes from threshold_decisions d where d.consultation_id = c.id order by d.decided_on desc, d.created_at desc limit 1) d on true
       where (${s.areaId}::uuid is null or c.area_id = ${s.areaId}::uuid)
         and (${s.localityId}::uuid is null or c.locality_id = ${s.localityId}::uuid)
         and ${londonDay("c.received_at")} between ${s.from}::date and ${s.to}::date
    )
    select 'source' as dimension, kind as key, count(*)::int as count from c group by kind
    union all select 'age', child_age::text, count(*)::int from c group by child_age
    union all select 'level', level::text, count(*)::int from c group by level
    union all select 'need', i.area, count(distinct c.id)::int
      from c cross join lateral unnest(c.indicator_codes) as u(code) join threshold_indicators i on i.code = u.code group by i.area`,
  );
}

/**
 * Requests for service made in the period, by level and where they came from, and the children
 * of the families they are about by sex, age on the day of the request and SEN.
 */
export function requestForServiceCounts(db: Db, s: DashboardScope) {
  return rawRows<DimensionCount>(
    db,
    sql`with r as (
      select r.id, r.family_id, r.level, ${londonDay("r.requested_at")} as requested_on,
             case when r.consultation_id is not null then 'consultation' when r.assessment_id is not null then 'assessment'
                  when r.taf_id is not null then 'taf' else 'direct' end as source
        from requests_for_service r join families f on f.id = r.family_id
       where (${s.areaId}::uuid is null or r.area_id = ${s.areaId}::uuid)
         and (${s.localityId}::uuid is null or split_part(f.postcode, ' ', 1) = any(select unnest(postcode_districts) from localities where id = ${s.localityId}::uuid))
         and ${londonDay("r.requested_at")} between ${s.from}::date and ${s.to}::date
    ),
    ch as (
      select p.sex, p.has_send, extract(year from age(r.requested_on, p.date_of_birth))::int as age
        from r join family_members m on m.family_id = r.family_id and m.role = 'child' join people p on p.id = m.person_id
    )
    select 'level' as dimension, level::text as key, count(*)::int as count from r group by level
    union all select 'source', source, count(*)::int from r group by source
    union all select 'sex', sex, count(*)::int from ch group by sex
    union all select 'age', age::text, count(*)::int from ch group by age
    union all select 'sen', case when has_send then 'yes' when not has_send then 'no' end, count(*)::int from ch group by 2`,
  );
}

/**
 * The areas a dashboard's filters name (the area's own name, the locality's and the centre's
 * area), so the API can hold a manager to their own area; null for an id that names nothing.
 */
export async function dashboardPlaces(db: Db, p: { areaId: string | null; localityId: string | null; centreId: string | null }) {
  const [row] = await rawRows<{ areaName: string | null; localityAreaId: string | null; centreAreaId: string | null }>(
    db,
    sql`select (select name from areas where id = ${p.areaId}::uuid) as "areaName",
               (select area_id from localities where id = ${p.localityId}::uuid) as "localityAreaId",
               (select area_id from centres where id = ${p.centreId}::uuid) as "centreAreaId"`,
  );
  return row!;
}
