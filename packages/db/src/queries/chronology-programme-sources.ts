/** Group programmes' events for a family's chronology (issue 13), beside chronology-sources.ts, which is past its size. */
import { sql } from "drizzle-orm";
import type { ChronologySource } from "./chronology-source";

/**
 * A child's referral to a run, their enrolment and their completion, each for the child it was
 * for, and only when the reader may see that child. Completion is dated when the register that
 * completed it was saved.
 */
export const programmeEvents: ChronologySource = {
  service: "fss",
  kinds: ["group_programme"],
  events: (family, members) => sql`
    select 'programme-referral:' || r.id, r.referred_at, 'fss', 'group_programme', 'Referred to ' || p.name,
      coalesce(c.name, pr.venue_name) || ', from ' || to_char(pr.starts_on, 'FMDD FMMonth YYYY') || ' (consent from ' || r.consent_given_by || ')',
      array[r.person_id::text], false, coalesce(u.display_name, r.carer_name), false
    from programme_referrals r
    join programme_runs pr on pr.id = r.run_id
    join programmes p on p.id = pr.programme_id
    left join centres c on c.id = pr.centre_id
    left join staff_users u on u.id = r.referred_by
    where r.family_id = ${family} and r.person_id = any(${members})
    union all
    select 'programme-enrolment:' || e.id, e.enrolled_at, 'fss', 'group_programme', 'Enrolled on ' || p.name,
      coalesce(c.name, pr.venue_name) || ', ' || cardinality(pr.session_dates) || ' sessions',
      array[e.person_id::text], false, null::text, false
    from programme_enrolments e
    join programme_runs pr on pr.id = e.run_id
    join programmes p on p.id = pr.programme_id
    left join centres c on c.id = pr.centre_id
    where e.family_id = ${family} and e.person_id = any(${members})
    union all
    select 'programme-completion:' || e.id, e.updated_at, 'fss', 'group_programme', 'Completed ' || p.name,
      (select count(*) from programme_attendance a where a.enrolment_id = e.id and a.status = 'attended') || ' of '
        || cardinality(pr.session_dates) || ' sessions attended',
      array[e.person_id::text], true, null::text, false
    from programme_enrolments e
    join programme_runs pr on pr.id = e.run_id
    join programmes p on p.id = pr.programme_id
    where e.family_id = ${family} and e.person_id = any(${members}) and e.status = 'completed'`,
};
