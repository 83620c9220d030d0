import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { DashboardScope } from "./dashboard-referrals";
import { rawRows } from "./raw";

/**
 * Open FSS cases on the period's last day (opened by then, not closed before), by area and by key
 * worker: the families and the children named on them.
 */
export function fssCaseloads(db: Db, s: Pick<DashboardScope, "areaId" | "to">) {
  return rawRows<{ areaName: string; workerName: string; families: number; children: number }>(
    db,
    sql`select a.name as "areaName", st.display_name as "workerName", count(distinct c.id)::int as families, count(cc.person_id)::int as children
          from fss_cases c join areas a on a.id = c.area_id join staff_users st on st.id = c.key_worker_id
          left join fss_case_children cc on cc.case_id = c.id
         where (${s.areaId}::uuid is null or c.area_id = ${s.areaId}::uuid)
           and c.opened_on <= ${s.to}::date and (c.closed_at is null or (c.closed_at at time zone 'Europe/London')::date > ${s.to}::date)
         group by a.name, st.display_name order by a.name, st.display_name`,
  );
}

/**
 * Each child with a statutory visiting cadence on an FSS case open now, with the case's opening day
 * and the last day a visit saw them, in one grouped pass over the visits (the case page's
 * per-child lookup, caseChildrenWithLastSeen, costs a subquery a child: too slow county-wide).
 */
export function visitedCaseChildren(db: Db, s: Pick<DashboardScope, "areaId">) {
  return rawRows<{ category: "child_in_need" | "child_protection_plan"; openedOn: string; lastSeenOn: string | null }>(
    db,
    sql`with open as (select id, opened_on from fss_cases where status = 'open' and (${s.areaId}::uuid is null or area_id = ${s.areaId}::uuid)),
    seen as (
      select v.case_id, vc.person_id, max(v.occurred_on) as last_seen
        from case_visits v join open on open.id = v.case_id join case_visit_children vc on vc.visit_id = v.id
       where vc.seen group by v.case_id, vc.person_id
    )
    select cc.category, open.opened_on::text as "openedOn", seen.last_seen::text as "lastSeenOn"
      from open join fss_case_children cc on cc.case_id = open.id
      left join seen on seen.case_id = cc.case_id and seen.person_id = cc.person_id
     where cc.category in ('child_in_need', 'child_protection_plan')`,
  );
}

/**
 * Children in need (an open CIN episode) and on a child protection plan on the period's last day,
 * by the area of the child's record, with every area listed so a zero shows as a zero.
 */
export function statutoryEpisodeCounts(db: Db, s: Pick<DashboardScope, "areaId" | "to">) {
  return rawRows<{ areaId: string; areaCode: string; areaName: string; childrenInNeed: number; onCpPlans: number }>(
    db,
    sql`with cin as (
      select distinct r.person_id from cin_referrals r left join cin_closures x on x.referral_id = r.id
       where not r.referral_nfa and r.referral_date <= ${s.to}::date and (x.closure_date is null or x.closure_date > ${s.to}::date)
    ), cp as (
      select distinct r.person_id from child_protection_plans cpp join cin_referrals r on r.id = cpp.referral_id
       where cpp.start_date <= ${s.to}::date and (cpp.end_date is null or cpp.end_date > ${s.to}::date)
    )
    select a.id as "areaId", a.code as "areaCode", a.name as "areaName",
           (select count(*) from cin join people p on p.id = cin.person_id where p.area_id = a.id)::int as "childrenInNeed",
           (select count(*) from cp join people p on p.id = cp.person_id where p.area_id = a.id)::int as "onCpPlans"
      from areas a where ${s.areaId}::uuid is null or a.id = ${s.areaId}::uuid order by a.name`,
  );
}

/** Children with an open CIN episode now, in the area (or county): those the census readiness is judged for. */
export async function childrenInNeedNow(db: Db, s: Pick<DashboardScope, "areaId">) {
  const rows = await rawRows<{ id: string }>(
    db,
    sql`select distinct r.person_id as id from cin_referrals r join people p on p.id = r.person_id
          left join cin_closures x on x.referral_id = r.id
         where x.id is null and not r.referral_nfa and (${s.areaId}::uuid is null or p.area_id = ${s.areaId}::uuid)`,
  );
  return rows.map((r) => r.id);
}

/**
 * Open-access reach per centre in the period: different children and families who attended a
 * session there, and the attendances. Every centre in scope is listed, so a quiet one shows 0.
 */
export function reachByCentre(db: Db, s: DashboardScope) {
  return rawRows<{ centreName: string; children: number; families: number; attendances: number }>(
    db,
    sql`select ce.name as "centreName", count(distinct a.person_id)::int as children, count(distinct a.family_id)::int as families,
               count(a.person_id)::int as attendances
          from centres ce
          left join open_access_sessions s on s.centre_id = ce.id
                and (s.starts_at at time zone 'Europe/London')::date between ${s.from}::date and ${s.to}::date
          left join session_attendances a on a.session_id = s.id and a.status = 'attended'
         where (${s.areaId}::uuid is null or ce.area_id = ${s.areaId}::uuid) and (${s.centreId}::uuid is null or ce.id = ${s.centreId}::uuid)
         group by ce.id, ce.name order by ce.name`,
  );
}
