import { and, gte, lte, sql } from "drizzle-orm";
import { addDays, type IsoDate } from "@hearth/domain";
import type { Db } from "../../client";
import { hashPassword } from "../../crypto";
import {
  areas,
  bookingChildren,
  bookings,
  callerOrganisations,
  centres,
  consultations,
  chronologyEntries,
  earlyHelpAssessmentChildren,
  earlyHelpAssessments,
  families,
  familyAlerts,
  familyMembers,
  fssCaseChildren,
  localities,
  fssCases,
  neetActivities,
  openAccessSessions,
  outcomeMeasurements,
  people,
  programmeAttendance,
  programmeEnrolments,
  programmeReferrals,
  programmeRuns,
  programmes,
  requestsForService,
  sessionAttendances,
  sessionSeries,
  sessionTypes,
  staffUsers,
  tafActions,
  tafMeetings,
  tafMembers,
  tafReviews,
  teamsAroundFamilies,
  thresholdDecisionChildren,
  thresholdDecisions,
} from "../../schema";
import { DEMO_PASSWORD, demoStaffData, type AreaCode } from "../reference-data";
import { planCasework } from "./casework";
import { planFssCases } from "./fss-cases";
import { planLcssCalls } from "./lcss-calls";
import { planNeetCohort } from "./neet-cohort";
import { writeEpisodeRows } from "./write-episodes";
import { deleteSyntheticRows } from "./delete-county";
import { generateHouseholds } from "./households";
import { Random, SYNTHETIC_ID_RANGE } from "./random";
import { planProgrammeRuns } from "./programme-runs";
import { planSessions } from "./sessions";
import { planTafs } from "./taf";
import { rowWriterFor } from "./write-rows";

export { SYNTHETIC_ID_PREFIX } from "./random";

export interface CountyOptions {
  /** How many people (children and adults together); the full county is 300,000. */
  people: number;
  seed: number;
  today: IsoDate;
  /** Weeks of centre sessions before today (three weeks after today are always planned). */
  weeks: number;
  /** True when NODE_ENV is production: the generator then refuses outright. */
  production: boolean;
  /** Delete an existing synthetic county first, instead of refusing. */
  replace?: boolean;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface CountySummary {
  people: number;
  children: number;
  adults: number;
  families: number;
  sessions: number;
  bookings: number;
  attendances: number;
  staff: number;
  caseworkFamilies: number;
  chronologyEntries: number;
  longHistories: number;
  alerts: number;
  assessments: number;
  /** The collection year the statutory episodes fill (ending 31 March of it). */
  censusYear: number;
  fssCases: number;
  childrenInNeed: number;
  onCpPlans: number;
  consultations: number;
  requestsForService: number;
  /** The EET team's cohort (academic age 16–17, to 24 with an EHC plan) and their activity records. */
  neetYoungPeople: number;
  neetActivities: number;
  programmeRuns: number;
  programmeEnrolments: number;
  outcomeMeasurements: number;
  /** Teams Around the Family from the finished assessments, and how many of them are open. */
  tafs: number;
  openTafs: number;
}

export const COUNTY_SCALES = { full: 300_000, small: 2_000 } as const;

export class CountyRefused extends Error {}

/** True when a synthetic county is already in the database. */
export async function hasSyntheticCounty(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(inSyntheticRange(people.id))
    .limit(1);
  return (row?.n ?? 0) > 0;
}

/**
 * Writes a deterministic, clearly synthetic county (see docs/synthetic-county.md) in one
 * transaction. Never in production: these are not people, and must never be mistaken for them.
 * No audit rows: nobody read or changed a real person's record.
 */
export async function generateCounty(db: Db, options: CountyOptions): Promise<CountySummary> {
  if (options.production) throw new CountyRefused("The synthetic county is never written in production.");
  const progress = options.onProgress ?? (() => {});
  const random = new Random(options.seed);

  return db.transaction(async (tx) => {
    if (await hasSyntheticCounty(tx)) {
      if (!options.replace) throw new CountyRefused("A synthetic county is already here. Run with --replace to write a new one over it.");
      await deleteSyntheticRows(tx, progress);
    }
    const areaRows = await tx.select().from(areas);
    const areaIds = Object.fromEntries(areaRows.map((a) => [a.code, a.id])) as Record<AreaCode, string>;
    const centreRows = await tx
      .select()
      .from(centres)
      .where(sql`${centres.kind} = 'centre'`)
      .orderBy(centres.slug);
    const typeRows = await tx.select().from(sessionTypes);
    if (centreRows.length === 0 || typeRows.length === 0) throw new CountyRefused("Run the reference seed first (pnpm start does it).");

    progress("households", 0, options.people);
    const made = generateHouseholds(random, options.today, options.people, areaIds);
    const plan = planSessions(random, {
      today: options.today,
      from: addDays(options.today, -7 * options.weeks),
      centres: centreRows.map((c) => ({ id: c.id, slug: c.slug, name: c.name, reach: c.reachPostcodeDistricts })),
      sessionTypeIds: Object.fromEntries(typeRows.map((t) => [t.code, t.id])),
      households: made.households,
    });

    const demoEmails = demoStaffData.map((d) => d.email);
    const demoStaff = (
      await tx
        .select({ id: staffUsers.id, role: staffUsers.role, areaId: staffUsers.areaId, email: staffUsers.email, displayName: staffUsers.displayName })
        .from(staffUsers)
    ).filter((s) => demoEmails.includes(s.email));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const casework = planCasework(random, {
      today: options.today,
      families: made.families,
      members: made.members,
      areaIds,
      passwordHash,
      demoStaff,
    });

    // Its own stream, so adding the teams left the rest of the county (and its tests' shares) as it was.
    const tafs = planTafs(new Random(options.seed ^ 0x7af), {
      today: options.today,
      assessments: casework.assessments,
      families: made.families,
      members: made.members,
      people: made.people,
      staff: [...(casework.staff as { id: string; displayName: string; email: string }[]), ...demoStaff],
      centres: centreRows,
    });

    const fss = planFssCases(random, {
      today: options.today,
      families: made.families,
      members: made.members,
      people: made.people,
      staff: casework.staff,
      demoStaff,
      keyWorkers: casework.keyWorkers,
    });

    const neet = planNeetCohort(random, {
      today: options.today,
      people: made.people,
      areaIds,
      passwordHash,
      demoEetOfficerId: demoStaff.find((s) => s.role === "eet_officer")?.id ?? null,
    });

    const calls = planLcssCalls(random, {
      today: options.today,
      people: options.people,
      families: made.families,
      members: made.members,
      localities: await tx.select({ id: localities.id, areaId: localities.areaId }).from(localities),
      organisations: await tx
        .select({ id: callerOrganisations.id, kind: callerOrganisations.kind })
        .from(callerOrganisations)
        .orderBy(callerOrganisations.name),
      staff: [...casework.staff.map((s) => ({ id: s.id as string, role: s.role as string, areaId: s.areaId as string })), ...demoStaff],
    });

    const runs = planProgrammeRuns(random, {
      today: options.today,
      programmes: await tx
        .select()
        .from(programmes)
        .where(sql`${programmes.active}`)
        .orderBy(programmes.name),
      centres: centreRows.flatMap((c) => (c.areaId ? [{ id: c.id, areaId: c.areaId }] : [])),
      families: made.families,
      members: made.members,
      people: made.people,
      staff: [...(casework.staff as { id: string; role: string; areaId: string | null; displayName: string }[]), ...demoStaff],
    });

    const write = rowWriterFor(tx, progress);
    await write(staffUsers, casework.staff, "staff");
    await write(staffUsers, neet.staff, "EET officers");
    await write(people, made.people, "people");
    await write(
      families,
      made.families.map((f) => ({ ...f, keyWorkerId: casework.keyWorkers.get(f.id) ?? null })),
      "families",
    );
    await write(familyMembers, made.members, "family members");
    await write(sessionSeries, plan.series, "session series");
    const sessions = plan.sessions.map(({ date, startTime, endTime, ...s }) => ({
      ...s,
      startsAt: londonInstant(date as string, startTime as string),
      endsAt: londonInstant(date as string, endTime as string),
    }));
    await write(openAccessSessions, sessions, "sessions");
    await write(bookings, plan.bookings, "bookings");
    await write(bookingChildren, plan.bookingChildren, "booked children");
    await write(sessionAttendances, plan.attendances, "attendances");
    await write(thresholdDecisions, casework.decisions, "threshold decisions");
    await write(thresholdDecisionChildren, casework.decisionChildren, "decision children");
    await write(
      earlyHelpAssessments,
      casework.assessments.map((a) => ({ ...a, desiredOutcomes: tafs.outcomes.get(a.id as string) ?? [] })),
      "assessments",
    );
    await write(earlyHelpAssessmentChildren, casework.assessmentChildren, "assessment children");
    await write(teamsAroundFamilies, tafs.teams, "teams around the family");
    await write(tafMembers, tafs.members, "TAF members");
    await write(tafMeetings, tafs.meetings, "TAF meetings");
    await write(tafActions, tafs.actions, "TAF actions");
    await write(tafReviews, tafs.reviews, "TAF reviews");
    await write(familyAlerts, casework.alerts, "family alerts");
    await write(chronologyEntries, casework.chronology, "chronology entries");
    await write(fssCases, fss.cases, "FSS cases");
    await write(fssCaseChildren, fss.caseChildren, "FSS case children");
    await writeEpisodeRows(write, fss.episodes);
    await write(consultations, calls.consultations, "consultations");
    await write(thresholdDecisions, calls.decisions, "consultation decisions");
    await write(thresholdDecisionChildren, calls.decisionChildren, "consultation decision children");
    await write(requestsForService, calls.requests, "requests for service");
    await write(neetActivities, neet.activities, "NEET activities");
    await write(programmeRuns, runs.runs, "programme runs");
    await write(programmeReferrals, runs.referrals, "programme referrals");
    await write(programmeEnrolments, runs.enrolments, "programme enrolments");
    await write(programmeAttendance, runs.attendance, "programme attendance");
    await write(outcomeMeasurements, runs.measurements, "outcome measurements");
    return {
      people: made.people.length,
      children: made.children,
      adults: made.adults,
      families: made.families.length,
      sessions: plan.sessions.length,
      bookings: plan.bookings.length,
      attendances: plan.attendances.length,
      staff: casework.staff.length,
      caseworkFamilies: casework.keyWorkers.size,
      chronologyEntries: casework.chronology.length,
      longHistories: casework.longHistories,
      alerts: casework.alerts.length,
      assessments: casework.assessments.length,
      censusYear: fss.censusYear,
      fssCases: fss.cases.length,
      childrenInNeed: fss.childrenInNeed,
      onCpPlans: fss.onCpPlans,
      consultations: calls.consultations.length,
      requestsForService: calls.requests.length,
      neetYoungPeople: neet.youngPeople,
      neetActivities: neet.activities.length,
      programmeRuns: runs.runs.length,
      programmeEnrolments: runs.enrolments.length,
      outcomeMeasurements: runs.measurements.length,
      tafs: tafs.teams.length,
      openTafs: tafs.teams.filter((t) => t.status === "open").length,
    };
  });
}

const londonClock = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/**
 * The instant of a London wall-clock time, worked out here (not in SQL) so the rows can be COPYed.
 * Sessions run in the day, never in the hour the clocks change.
 */
export function londonInstant(date: string, time: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const [h, m] = londonClock.format(asUtc).split(":").map(Number);
  const [wantH, wantM] = time.split(":").map(Number);
  const aheadMinutes = h! * 60 + m! - (wantH! * 60 + wantM!);
  return new Date(asUtc.getTime() - aheadMinutes * 60_000);
}

const inSyntheticRange = (column: typeof people.id) => and(gte(column, SYNTHETIC_ID_RANGE[0]), lte(column, SYNTHETIC_ID_RANGE[1]));
