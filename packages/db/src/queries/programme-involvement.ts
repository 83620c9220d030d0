import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { rawRows, textArray } from "./raw";

export interface ProgrammeInvolvementRow {
  id: string;
  runId: string;
  programmeName: string;
  personId: string;
  /** The enrolment's status once enrolled (enrolled, completed, withdrawn), else the referral's. */
  status: string;
  /** When the child was referred, or enrolled when there was no referral. */
  since: string;
  attended: number;
  sessions: number;
}

/**
 * The group programme part of a family's Involvement page: each referral of a member the reader
 * may see, joined to the enrolment it became, and enrolments made without a referral.
 */
export function programmeInvolvement(db: Db, familyId: string, personIds: string[]): Promise<ProgrammeInvolvementRow[]> {
  if (!personIds.length) return Promise.resolve([]);
  return rawRows<ProgrammeInvolvementRow>(
    db,
    sql`
      select coalesce(e.id, r.id)::text as "id", pr.id::text as "runId", p.name as "programmeName",
        coalesce(e.person_id, r.person_id)::text as "personId", coalesce(e.status::text, r.status::text) as "status",
        to_char(coalesce(r.referred_at, e.enrolled_at) at time zone 'Europe/London', 'YYYY-MM-DD') as "since",
        (select count(*) from programme_attendance a where a.enrolment_id = e.id and a.status = 'attended')::int as "attended",
        cardinality(pr.session_dates)::int as "sessions"
      from programme_referrals r
      full join programme_enrolments e on e.referral_id = r.id
      join programme_runs pr on pr.id = coalesce(e.run_id, r.run_id)
      join programmes p on p.id = pr.programme_id
      where coalesce(e.family_id, r.family_id) = ${familyId}
        and coalesce(e.person_id, r.person_id) = any(${textArray(personIds)}::uuid[])
      order by 6 desc
      limit 200`,
  );
}

export interface ProgrammePlaceRow {
  enrolmentId: string;
  programmeName: string;
  startsOn: string;
}

/**
 * The programme places of every family the person belongs to: a parent's WEMWBS before and after
 * belongs to their child's place as much as the child's SDQ does.
 */
export function programmePlacesOfPerson(db: Db, personId: string): Promise<ProgrammePlaceRow[]> {
  return rawRows<ProgrammePlaceRow>(
    db,
    sql`
      select e.id::text as "enrolmentId", p.name as "programmeName", pr.starts_on::text as "startsOn"
      from programme_enrolments e
      join family_members fm on fm.family_id = e.family_id and fm.person_id = ${personId}
      join programme_runs pr on pr.id = e.run_id
      join programmes p on p.id = pr.programme_id
      order by pr.starts_on desc
      limit 50`,
  );
}
