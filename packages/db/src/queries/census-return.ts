import { sql, type SQL } from "drizzle-orm";
import { collectionYearEnding, type CensusChild, type CensusEpisode } from "@hearth/domain";
import type { Db } from "../client";
import { rawRows, textArray } from "./raw";

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

interface ChildRow {
  id: string;
  la_child_id: string | null;
  upn: string | null;
  former_upn: string | null;
  upn_unknown_reason: string | null;
  date_of_death: string | null;
  date_of_birth: string;
  expected_date_of_birth: string | null;
  sex: string | null;
  ethnicity: string | null;
  disabilities: string[] | string | null;
  referral_id: string;
  referral_date: string;
  referral_source: string;
  primary_need: string | null;
  referral_nfa: boolean;
  closure_date: string | null;
  reason_for_closure: string | null;
}

/** A row of one of the tables under a referral: which referral, then the element's fields. */
type EpisodeRow<T> = T & { referral_id: string };

/**
 * The next `limit` children after `afterPersonId` (null for the first batch), in person-id order.
 * Five flat statements rather than one building JSON: the children with their referrals, then each
 * table under a referral for the batch's referrals at once (`referral_id = any(…)`), put together
 * here. PostgreSQL does a third less work that way than running four look-ups per referral and
 * building each child's JSON, and the four are sent together.
 */
export async function censusChildrenAfter(
  db: Db,
  params: { censusYear: number; afterPersonId: string | null; limit: number },
): Promise<CensusChildRow[]> {
  const { start, end } = bounds(params.censusYear);
  const after = params.afterPersonId ? sql`and r.person_id > ${params.afterPersonId}::uuid` : sql``;
  const rows = await rawRows<ChildRow>(
    db,
    sql`
    with batch as (
      select distinct r.person_id ${episodesInYear(start, end, after)}
      order by r.person_id
      limit ${params.limit}
    )
    select p.id, p.la_child_id, p.upn, p.former_upn, p.upn_unknown_reason, p.date_of_death::text, p.date_of_birth::text, p.expected_date_of_birth::text, p.sex, p.ethnicity, p.disabilities,
      e.referral_id, e.referral_date, e.referral_source, e.primary_need, e.referral_nfa, e.closure_date, e.reason_for_closure
    from batch b join people p on p.id = b.person_id
    cross join lateral (
      select r.id as referral_id, r.referral_date::text, r.referral_source, r.primary_need, r.referral_nfa, c.closure_date::text, c.reason_for_closure
      ${episodesInYear(start, end, sql`and r.person_id = p.id`)}
    ) e
    order by p.id, e.referral_date, e.referral_id`,
  );
  if (rows.length === 0) return [];
  const referralIds = textArray(rows.map((r) => r.referral_id));
  const parts = await Promise.all([
    rawRows<EpisodeRow<{ start_date: string; authorisation_date: string | null; factors: string[] | string }>>(
      db,
      sql`select a.referral_id, a.start_date::text, a.authorisation_date::text, a.factors from cin_assessments a
        where a.referral_id = any(${referralIds}::uuid[]) and a.start_date <= ${end}::date and (a.authorisation_date is null or a.authorisation_date >= ${start}::date)
        order by a.start_date, a.id`,
    ),
    rawRows<EpisodeRow<{ start_date: string; end_date: string | null }>>(
      db,
      sql`select cp.referral_id, cp.start_date::text, case when cp.end_date <= ${end}::date then cp.end_date end::text as end_date from cin_plans cp
        where cp.referral_id = any(${referralIds}::uuid[]) and cp.start_date <= ${end}::date and (cp.end_date is null or cp.end_date >= ${start}::date)
        order by cp.start_date, cp.id`,
    ),
    rawRows<EpisodeRow<{ start_date: string; icpc_target_date: string | null; date_of_initial_cpc: string | null; icpc_not_required: boolean }>>(
      db,
      sql`select s.referral_id, s.start_date::text, s.icpc_target_date::text,
          case when s.date_of_initial_cpc <= ${end}::date then s.date_of_initial_cpc end::text as date_of_initial_cpc, s.icpc_not_required
        from section47_enquiries s
        where s.referral_id = any(${referralIds}::uuid[]) and s.start_date <= ${end}::date
          and (s.start_date >= ${start}::date or s.date_of_initial_cpc >= ${start}::date or (s.date_of_initial_cpc is null and not s.icpc_not_required))
        order by s.start_date, s.id`,
    ),
    rawRows<
      EpisodeRow<{
        start_date: string;
        end_date: string | null;
        initial_category: string;
        latest_category: string;
        number_of_previous_cpp: number;
        review_dates: string[] | string;
      }>
    >(
      db,
      sql`select pp.referral_id, pp.start_date::text, case when pp.end_date <= ${end}::date then pp.end_date end::text as end_date,
          pp.initial_category, pp.latest_category, pp.number_of_previous_cpp, pp.review_dates::text[] as review_dates
        from child_protection_plans pp
        where pp.referral_id = any(${referralIds}::uuid[]) and pp.start_date <= ${end}::date and (pp.end_date is null or pp.end_date >= ${start}::date)
        order by pp.start_date, pp.id`,
    ),
  ]);

  // The children in order, each referral's episode found again by its id for the rows under it.
  const children: CensusChildRow[] = [];
  const episodes = new Map<string, CensusEpisode>();
  let child: CensusChild | null = null;
  for (const row of rows) {
    if (child === null || children.at(-1)!.personId !== row.id) {
      child = censusChildOf(row);
      children.push({ personId: row.id, child });
    }
    const episode: CensusEpisode = {
      referralDate: row.referral_date,
      referralSource: row.referral_source,
      primaryNeed: row.primary_need,
      referralNfa: row.referral_nfa,
      closureDate: row.closure_date,
      reasonForClosure: row.reason_for_closure,
      assessments: [],
      cinPlans: [],
      section47s: [],
      cpPlans: [],
    };
    child.episodes.push(episode);
    episodes.set(row.referral_id, episode);
  }
  const [assessments, cinPlans, section47s, cpPlans] = parts;
  for (const a of assessments)
    episodes.get(a.referral_id)!.assessments.push({ startDate: a.start_date, authorisationDate: a.authorisation_date, factors: pgArray(a.factors) });
  for (const p of cinPlans) episodes.get(p.referral_id)!.cinPlans.push({ startDate: p.start_date, endDate: p.end_date });
  for (const s of section47s)
    episodes.get(s.referral_id)!.section47s.push({
      startDate: s.start_date,
      icpcTargetDate: s.icpc_target_date,
      dateOfInitialCpc: s.date_of_initial_cpc,
      icpcNotRequired: s.icpc_not_required,
    });
  for (const p of cpPlans)
    episodes.get(p.referral_id)!.cpPlans.push({
      startDate: p.start_date,
      endDate: p.end_date,
      initialCategory: p.initial_category,
      latestCategory: p.latest_category,
      numberOfPreviousCpp: p.number_of_previous_cpp,
      // Only the reviews held in the year, in date order (ISO dates sort as text).
      reviewDates: pgArray(p.review_dates)
        .filter((d) => d >= start && d <= end)
        .sort(),
    });
  return children;
}

function censusChildOf(row: ChildRow): CensusChild {
  return {
    laChildId: row.la_child_id,
    upn: row.upn,
    formerUpn: row.former_upn,
    upnUnknown: row.upn_unknown_reason,
    // An unborn child's date_of_birth holds the expected date too; the census wants one or the other.
    dateOfBirth: row.expected_date_of_birth ? null : row.date_of_birth,
    expectedDateOfBirth: row.expected_date_of_birth,
    sex: row.sex,
    dateOfDeath: row.date_of_death,
    ethnicity: row.ethnicity,
    disabilities: pgArray(row.disabilities),
    episodes: [],
  };
}

/** A text array as the driver gives it: parsed by postgres.js, a literal from PGlite. */
const pgArray = (value: string[] | string | null): string[] =>
  value === null
    ? []
    : typeof value !== "string"
      ? value
      : value === "{}"
        ? []
        : value
            .slice(1, -1)
            .split(",")
            .map((s) => s.replace(/^"|"$/g, ""));
