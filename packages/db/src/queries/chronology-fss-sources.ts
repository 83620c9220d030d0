/** FSS casework's events for a family's chronology (issue 12), beside chronology-sources.ts. */
import { caseReviewDecisionLabels, caseVisitKindLabels, requestForServiceStatusLabels } from "@hearth/domain";
import { sql } from "drizzle-orm";
import { LONDON, type ChronologySource } from "./chronology-source";

/** A case review's decision in words. */
const caseReviewDecision = sql.join(
  [sql`case r.decision`, ...Object.entries(caseReviewDecisionLabels).map(([code, label]) => sql`when ${code} then ${label}`), sql`end`],
  sql` `,
);

/** The request's status in words, as its pages show it. */
export const requestStatus = sql.join(
  [
    sql`case r.status`,
    ...Object.entries(requestForServiceStatusLabels).map(([code, label]) => sql`when ${code} then ${label}`),
    sql`else r.status end`,
  ],
  sql` `,
);

/** The kind of FSS contact in the case pages' words. */
const caseVisitKind = sql.join(
  [
    sql`case v.kind::text`,
    ...Object.entries(caseVisitKindLabels).map(([code, label]) => sql`when ${code} then ${label}`),
    sql`else v.kind::text end`,
  ],
  sql` `,
);

/**
 * FSS's decision on a request for service, at the allocation meeting when it was taken at one. The
 * decision and its reason are FSS's to share with the family's other services; who attended is not.
 */
export const fssIntakeDecisions: ChronologySource = {
  service: "fss",
  kinds: ["fss_intake_decision"],
  events: (family) => sql`
    select 'request-decision:' || r.id, r.decided_at, 'fss', 'fss_intake_decision',
      ${requestStatus} || ' (RS' || lpad(r.number::text, 6, '0') || ')',
      case when r.allocation_meeting_id is null then 'Decided by an FSS manager' else 'Decided at the allocation meeting' end
        || coalesce(': ' || r.decision_reason, ''),
      array[]::text[], r.status <> 'no_further_action', u.display_name, false
    from requests_for_service r
    join staff_users u on u.id = r.decided_by
    where r.family_id = ${family} and r.decided_at is not null`,
};

/**
 * FSS visits and case notes: the kind and who was seen; the narrative stays on the case page. Names
 * the children the visit saw, of those the reader may see.
 */
export const fssCaseVisits: ChronologySource = {
  service: "fss",
  kinds: ["case_visit"],
  events: (family, members) => sql`
    select 'case-visit:' || v.id, v.occurred_at, 'fss', 'case_visit', ${caseVisitKind},
      'Seen: ' || v.who_was_seen,
      array(select vc.person_id::text from case_visit_children vc where vc.visit_id = v.id and vc.seen and vc.person_id = any(${members}) order by vc.person_id),
      v.significant, u.display_name, false
    from case_visits v
    join fss_cases c on c.id = v.case_id
    join staff_users u on u.id = v.recorded_by
    where c.family_id = ${family}`,
};

/**
 * An FSS case's course: opened, each key worker change, each plan review, each manager's decision
 * or supervision note, and closure. About the whole family, so it names no child; progress,
 * rationale and the closing summary stay on the case page.
 */
export const fssCaseEvents: ChronologySource = {
  service: "fss",
  kinds: ["fss_case"],
  events: (family) => sql`
    select 'fss-case:' || c.id || ':opened', (c.opened_on::timestamp at time zone ${LONDON}), 'fss', 'fss_case',
      'FSS case opened', 'Key worker: ' || k.display_name, array[]::text[], true, u.display_name, true
    from fss_cases c join staff_users k on k.id = c.key_worker_id join staff_users u on u.id = c.opened_by
    where c.family_id = ${family}
    union all
    select 'case-reallocation:' || r.id, r.reallocated_at, 'fss', 'fss_case', 'FSS case reallocated',
      'From ' || f.display_name || ' to ' || t.display_name || ': ' || r.reason, array[]::text[], false, u.display_name, false
    from case_reallocations r join fss_cases c on c.id = r.case_id
      join staff_users f on f.id = r.from_staff_id join staff_users t on t.id = r.to_staff_id join staff_users u on u.id = r.reallocated_by
    where c.family_id = ${family}
    union all
    select 'case-review:' || r.id, (r.held_on::timestamp at time zone ${LONDON}), 'fss', 'fss_case', 'FSS case plan review',
      ${caseReviewDecision}, array[]::text[], r.decision <> 'continue_plan', u.display_name, true
    from case_reviews r join fss_cases c on c.id = r.case_id join staff_users u on u.id = r.recorded_by
    where c.family_id = ${family}
    union all
    select 'case-oversight:' || o.id, (o.decided_on::timestamp at time zone ${LONDON}), 'fss', 'fss_case',
      case o.kind when 'supervision' then 'FSS supervision note' else 'FSS management decision' end,
      o.decision, array[]::text[], o.kind = 'management_decision', u.display_name, true
    from case_oversight o join fss_cases c on c.id = o.case_id join staff_users u on u.id = o.recorded_by
    where c.family_id = ${family}
    union all
    select 'fss-case:' || c.id || ':closed', c.closed_at, 'fss', 'fss_case', 'FSS case closed',
      c.close_reason || case when c.stepped_down_to_lcss then ' (stepped down to LCSS)' else '' end, array[]::text[], true, u.display_name, false
    from fss_cases c join staff_users u on u.id = c.closed_by
    where c.family_id = ${family} and c.status = 'closed'`,
};
