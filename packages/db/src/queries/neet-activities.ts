import { desc, eq, sql, type SQL } from "drizzle-orm";
import {
  COHORT_AGES,
  birthDatesForAcademicAges,
  neetActivityGroup,
  neetActivityCodes,
  neetActivityGroups,
  type CurrencyPeriods,
  type IsoDate,
  type NccisYoungPerson,
} from "@hearth/domain";
import type { Db } from "../client";
import { neetActivities, staffUsers } from "../schema";
import { rawRows } from "./raw";

/**
 * NEET tracking (issue 14 §2). The cohort and each young person's status are worked out in SQL
 * from the same domain rules (academic age, currency periods), so a list of 32,000 young people
 * needs no row-by-row pass in JavaScript.
 */
export type NeetActivityInsert = typeof neetActivities.$inferInsert;

export async function recordNeetActivity(db: Db, values: NeetActivityInsert) {
  const [row] = await db.insert(neetActivities).values(values).returning();
  return row!;
}

/** Every record of a young person's activity, newest first, with who recorded it. */
export function neetActivityHistory(db: Db, personId: string) {
  return db
    .select({
      id: neetActivities.id,
      activityCode: neetActivities.activityCode,
      startDate: neetActivities.startDate,
      expectedEndDate: neetActivities.expectedEndDate,
      lastConfirmedOn: neetActivities.lastConfirmedOn,
      source: neetActivities.source,
      characteristics: neetActivities.characteristics,
      intendedDestinationCode: neetActivities.intendedDestinationCode,
      septemberGuaranteeYear11: neetActivities.septemberGuaranteeYear11,
      septemberGuaranteeYear12: neetActivities.septemberGuaranteeYear12,
      recordedAt: neetActivities.recordedAt,
      recordedByName: staffUsers.displayName,
    })
    .from(neetActivities)
    .innerJoin(staffUsers, eq(staffUsers.id, neetActivities.recordedBy))
    .where(eq(neetActivities.personId, personId))
    .orderBy(desc(neetActivities.recordedAt), desc(neetActivities.id));
}

const codesOf = (group: string) => neetActivityCodes.filter((c) => neetActivityGroup(c) === group);

/** The activity group of a code column, as the domain's neetActivityGroup says. */
function groupSql(code: SQL): SQL {
  const whens = neetActivityGroups.map((g) => sql`when ${code} = any(${`{${codesOf(g).join(",")}}`}::text[]) then ${g}`);
  return sql`(case ${sql.join(whens, sql` `)} end)`;
}

/** The young person's status on `day`: their activity's group, or not_known when it has lapsed or there is none. */
function statusSql(alias: string, day: SQL, periods: CurrencyPeriods): SQL {
  const a = sql.raw(alias);
  const group = groupSql(sql`${a}.activity_code`);
  const months = sql.join(
    neetActivityGroups.map((g) => sql`when ${group} = ${g} then ${periods[g]}::int`),
    sql` `,
  );
  return sql`(case when ${a}.id is null or ${group} = 'not_known'
    or (${a}.last_confirmed_on + make_interval(months => (case ${months} end)))::date < ${day}::date then 'not_known'
    else ${group} end)`;
}

/** People in the cohort on `day`: academic age 16–17, or up to 24 with an EHC plan. */
function cohortSql(day: IsoDate): SQL {
  const young = birthDatesForAcademicAges(day, COHORT_AGES.from, COHORT_AGES.to);
  const ehc = birthDatesForAcademicAges(day, COHORT_AGES.from, COHORT_AGES.withEhcPlanTo);
  return sql`p.merged_into_id is null and (p.date_of_birth between ${young.earliest}::date and ${young.latest}::date
    or (coalesce(p.has_ehc_plan, false) and p.date_of_birth between ${ehc.earliest}::date and ${ehc.latest}::date))`;
}

/** The latest activity recorded by the end of `day`. */
const latestActivitySql = (day: SQL) => sql`left join lateral (
    select na.* from neet_activities na
    where na.person_id = p.id and na.recorded_at < (${day}::date + 1)::timestamptz
    order by na.recorded_at desc, na.id desc limit 1) a on true`;

export interface NeetCohortRow {
  personId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  areaId: string;
  areaName: string;
  activityCode: string | null;
  lastConfirmedOn: string | null;
  status: string;
  recordedBy: string | null;
  total: number;
}

/** A page of the cohort (or of its not-known young people), oldest confirmation first: who to chase. */
export function neetCohort(
  db: Db,
  params: { today: IsoDate; periods: CurrencyPeriods; areaId?: string; onlyNotKnown: boolean; limit: number; offset: number },
) {
  const day = sql`${params.today}`;
  return rawRows<NeetCohortRow>(
    db,
    sql`select * , count(*) over ()::int as total from (
      select p.id as "personId", p.first_name as "firstName", p.last_name as "lastName", p.date_of_birth::text as "dateOfBirth",
        p.area_id as "areaId", ar.name as "areaName", a.activity_code as "activityCode", a.last_confirmed_on::text as "lastConfirmedOn",
        a.recorded_by as "recordedBy", ${statusSql("a", day, params.periods)} as status
      from people p join areas ar on ar.id = p.area_id ${latestActivitySql(day)}
      where ${cohortSql(params.today)} ${params.areaId ? sql`and p.area_id = ${params.areaId}` : sql``}) c
    ${params.onlyNotKnown ? sql`where c.status = 'not_known'` : sql``}
    order by c."lastConfirmedOn" asc nulls first, c."lastName", c."firstName", c."personId"
    limit ${params.limit} offset ${params.offset}`,
  );
}

export interface NeetFigureRow {
  month: string;
  areaId: string;
  areaName: string;
  cohort: number;
  neet: number;
  notKnown: number;
}

/** Cohort, NEET and not-known counts per area at the end of each month (the DfE counts at month end). */
export async function neetFigures(db: Db, params: { monthEnds: IsoDate[]; periods: CurrencyPeriods }) {
  const rows: NeetFigureRow[] = [];
  for (const monthEnd of params.monthEnds) {
    const day = sql`${monthEnd}`;
    rows.push(
      ...(await rawRows<NeetFigureRow>(
        db,
        sql`select ${monthEnd.slice(0, 7)} as month, ar.id as "areaId", ar.name as "areaName", count(s.status)::int as cohort,
          count(*) filter (where s.status = 'neet')::int as neet, count(*) filter (where s.status = 'not_known')::int as "notKnown"
        from areas ar left join (
          select p.area_id, ${statusSql("a", day, params.periods)} as status
          from people p ${latestActivitySql(day)} where ${cohortSql(monthEnd)}) s on s.area_id = ar.id
        group by ar.id, ar.name order by ar.name`,
      )),
    );
  }
  return rows;
}

/** Cohort members whose latest activity, recorded by one of `staffIds`, is no longer current (not 8xx). */
export function staleNeetActivities(db: Db, params: { staffIds: string[]; today: IsoDate; periods: CurrencyPeriods }) {
  const day = sql`${params.today}`;
  const staff = `{${params.staffIds.join(",")}}`;
  return rawRows<{
    personId: string;
    firstName: string;
    lastName: string;
    areaId: string;
    activityCode: string;
    lastConfirmedOn: string;
    recordedBy: string;
  }>(
    db,
    sql`select * from (
      select p.id as "personId", p.first_name as "firstName", p.last_name as "lastName", p.area_id as "areaId",
        a.activity_code as "activityCode", a.last_confirmed_on::text as "lastConfirmedOn", a.recorded_by as "recordedBy",
        ${statusSql("a", day, params.periods)} as status, ${groupSql(sql`a.activity_code`)} as grp
      from people p ${latestActivitySql(day)}
      where ${cohortSql(params.today)} and a.recorded_by = any(${staff}::uuid[])
        -- Only people these officers ever recorded: found by the recorded_by index, not the whole cohort.
        and exists (select 1 from neet_activities x where x.person_id = p.id and x.recorded_by = any(${staff}::uuid[]))) c
    where c.status = 'not_known' and c.grp <> 'not_known'`,
  );
}

/** How many young people the month's NCCIS return holds: the cohort on its reference date. */
export async function countNccisCohort(db: Db, referenceDate: IsoDate) {
  const [row] = await rawRows<{ n: number }>(db, sql`select count(*)::int as n from people p where ${cohortSql(referenceDate)}`);
  return row?.n ?? 0;
}

/** A batch of the NCCIS return's young people after `afterPersonId`, with their activity as at the reference date. */
export function nccisYoungPeopleAfter(db: Db, params: { referenceDate: IsoDate; afterPersonId: string | null; limit: number }) {
  const day = sql`${params.referenceDate}`;
  return rawRows<NccisYoungPerson>(
    db,
    sql`select p.id as "personId", p.upn, p.first_name as "firstName", p.last_name as "lastName", p.date_of_birth::text as "dateOfBirth",
        p.sex, p.postcode, p.has_ehc_plan as "hasEhcPlan", a.activity_code as "activityCode", a.start_date::text as "startDate", a.expected_end_date::text as "expectedEndDate",
        a.last_confirmed_on::text as "lastConfirmedOn", a.source, coalesce(a.characteristics, '{}') as characteristics,
        a.intended_destination_code as "intendedDestinationCode", a.september_guarantee_year11 as "septemberGuaranteeYear11",
        a.september_guarantee_year12 as "septemberGuaranteeYear12"
      from people p ${latestActivitySql(day)}
      where ${cohortSql(params.referenceDate)} ${params.afterPersonId ? sql`and p.id > ${params.afterPersonId}` : sql``}
      order by p.id limit ${params.limit}`,
  );
}
