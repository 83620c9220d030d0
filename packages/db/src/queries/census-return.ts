import { sql, type SQL } from "drizzle-orm";
import { collectionYearEnding, laChildIdOfPerson, type CensusChild, type CensusEpisode } from "@hearth/domain";
import type { Db } from "../client";
import { rawRows } from "./raw";

/**
 * Reading the CIN census out of the statutory episodes, a batch of children at a time in person-id
 * order (keyset, not OFFSET), so the export holds one batch however many children there are.
 *
 * What is in scope is the DfE's: an episode open at any time in the collection year (referred on
 * or before the reference date, not closed before the year began); within it, only what touches
 * the year. An assessment authorised, a plan ended or a conference held before 1 April belongs to
 * an earlier return (rules 8696, 4013, 8930, 8715), as does an enquiry that finished before it
 * with "conference not required", and a closure after the reference date is not
 * yet a closure on that date.
 */
export interface CensusChildRow {
  personId: string;
  child: CensusChild;
}

function bounds(censusYear: number) {
  const year = collectionYearEnding(censusYear);
  return { start: year.startsOn, end: year.endsOn };
}

/** The referrals of the year, with their closure as on the reference date: shared by count and batch. */
const episodesInYear = (start: string, end: string, extra: SQL) => sql`
  from cin_referrals r
  left join cin_closures c on c.referral_id = r.id and c.closure_date <= ${end}::date
  where r.referral_date <= ${end}::date and (c.closure_date is null or c.closure_date >= ${start}::date) ${extra}`;

export async function countCensusChildren(db: Db, censusYear: number): Promise<number> {
  const { start, end } = bounds(censusYear);
  const [row] = await rawRows<{ n: number }>(db, sql`select count(distinct r.person_id)::int as n ${episodesInYear(start, end, sql``)}`);
  return row?.n ?? 0;
}

interface RawChild {
  id: string;
  upn: string | null;
  former_upn: string | null;
  upn_unknown_reason: string | null;
  date_of_death: string | null;
  date_of_birth: string;
  expected_date_of_birth: string | null;
  sex: string | null;
  ethnicity: string | null;
  disabilities: string[] | string | null;
  episodes: CensusEpisode[] | string;
}

/** The next `limit` children after `afterPersonId` (null for the first batch), in person-id order. */
export async function censusChildrenAfter(
  db: Db,
  params: { censusYear: number; afterPersonId: string | null; limit: number },
): Promise<CensusChildRow[]> {
  const { start, end } = bounds(params.censusYear);
  const after = params.afterPersonId ? sql`and r.person_id > ${params.afterPersonId}::uuid` : sql``;
  const rows = await rawRows<RawChild>(
    db,
    sql`
    with batch as (
      select distinct r.person_id ${episodesInYear(start, end, after)}
      order by r.person_id
      limit ${params.limit}
    )
    select p.id, p.upn, p.former_upn, p.upn_unknown_reason, p.date_of_death::text, p.date_of_birth::text, p.expected_date_of_birth::text, p.sex, p.ethnicity, p.disabilities,
      (select json_agg(json_build_object(
          'referralDate', r.referral_date, 'referralSource', r.referral_source, 'primaryNeed', r.primary_need,
          'referralNfa', r.referral_nfa, 'closureDate', c.closure_date, 'reasonForClosure', c.reason_for_closure,
          'assessments', coalesce((select json_agg(json_build_object('startDate', a.start_date, 'authorisationDate', a.authorisation_date, 'factors', a.factors) order by a.start_date)
              from cin_assessments a where a.referral_id = r.id and a.start_date <= ${end}::date
                and (a.authorisation_date is null or a.authorisation_date >= ${start}::date)), '[]'::json),
          'cinPlans', coalesce((select json_agg(json_build_object('startDate', cp.start_date, 'endDate', case when cp.end_date <= ${end}::date then cp.end_date end) order by cp.start_date)
              from cin_plans cp where cp.referral_id = r.id and cp.start_date <= ${end}::date
                and (cp.end_date is null or cp.end_date >= ${start}::date)), '[]'::json),
          'section47s', coalesce((select json_agg(json_build_object('startDate', s.start_date, 'icpcTargetDate', s.icpc_target_date,
                'dateOfInitialCpc', case when s.date_of_initial_cpc <= ${end}::date then s.date_of_initial_cpc end, 'icpcNotRequired', s.icpc_not_required) order by s.start_date)
              from section47_enquiries s where s.referral_id = r.id and s.start_date <= ${end}::date
                and (s.start_date >= ${start}::date or s.date_of_initial_cpc >= ${start}::date
                  or (s.date_of_initial_cpc is null and not s.icpc_not_required))), '[]'::json),
          'cpPlans', coalesce((select json_agg(json_build_object('startDate', pp.start_date, 'endDate', case when pp.end_date <= ${end}::date then pp.end_date end,
                'initialCategory', pp.initial_category, 'latestCategory', pp.latest_category, 'numberOfPreviousCpp', pp.number_of_previous_cpp,
                'reviewDates', (select coalesce(array_agg(d order by d), '{}') from unnest(pp.review_dates) d where d between ${start}::date and ${end}::date)) order by pp.start_date)
              from child_protection_plans pp where pp.referral_id = r.id and pp.start_date <= ${end}::date
                and (pp.end_date is null or pp.end_date >= ${start}::date)), '[]'::json)
        ) order by r.referral_date)
        ${episodesInYear(start, end, sql`and r.person_id = p.id`)}) as episodes
    from batch b join people p on p.id = b.person_id
    order by p.id`,
  );
  return rows.map((row) => ({ personId: row.id, child: censusChildOf(row) }));
}

function censusChildOf(row: RawChild): CensusChild {
  const episodes = typeof row.episodes === "string" ? (JSON.parse(row.episodes) as CensusEpisode[]) : row.episodes;
  const disabilities = typeof row.disabilities === "string" ? parsePgArray(row.disabilities) : (row.disabilities ?? []);
  return {
    laChildId: laChildIdOfPerson(row.id),
    upn: row.upn,
    formerUpn: row.former_upn,
    upnUnknown: row.upn_unknown_reason,
    // An unborn child's date_of_birth holds the expected date too; the census wants one or the other.
    dateOfBirth: row.expected_date_of_birth ? null : row.date_of_birth,
    expectedDateOfBirth: row.expected_date_of_birth,
    sex: row.sex,
    dateOfDeath: row.date_of_death,
    ethnicity: row.ethnicity,
    disabilities,
    episodes,
  };
}

const parsePgArray = (text: string) =>
  text === "{}"
    ? []
    : text
        .slice(1, -1)
        .split(",")
        .map((s) => s.replace(/^"|"$/g, ""));
