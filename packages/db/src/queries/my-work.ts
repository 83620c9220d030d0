import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import {
  addDays,
  addMonths,
  currentUntil,
  defaultCurrencyPeriods,
  defaultDirectoryReviewMonths,
  directoryReviewDue,
  londonDateOf,
  type StaffRole,
} from "@hearth/domain";
import type { Db } from "../client";
import { earlyHelpAssessments, families, staffUsers } from "../schema";
import { referrerFeedbackWorkItems } from "./consultation-feedback";
import { directoryReviewsDue } from "./directory";
import { enrolmentsMissingSessions } from "./programme-registers";
import { pendingTafReviews } from "./team-around-the-family";
import { caseReviewsDue, caseVisitsDue, censusProblemsOnCases, requestDecisionsToRead } from "./my-work-fss-sources";
import { stepDownsToPickUp } from "./fss-step-downs";
import type { WorkItemParams, WorkItemRow, WorkItemSource } from "./my-work-types";
import { staleNeetActivities } from "./neet-activities";

/**
 * "My work": each source is one small query for one kind of task that has an assignee and a due
 * date. Later issues (reviews, visits, sign-offs, NEET reviews) append a source to `workItemSources`;
 * nothing else has to change. Status (due, due today, overdue) is the domain's, from dueOn and today.
 */
export type { WorkItemParams, WorkItemRow } from "./my-work-types";

/**
 * Assessments still in draft are due by the date worked out when they started, for their lead; when
 * the lead professional works for a partner agency (no account), for the worker who started it.
 */
const earlyHelpAssessmentsToComplete: WorkItemSource = (db, { staffIds }) =>
  db
    .select({
      id: earlyHelpAssessments.id,
      dueOn: earlyHelpAssessments.dueOn,
      familyId: families.id,
      familyName: families.name,
      areaId: families.areaId,
      assignedTo: sql<string>`coalesce(${earlyHelpAssessments.leadProfessionalStaffId}, ${earlyHelpAssessments.createdBy})`,
    })
    .from(earlyHelpAssessments)
    .innerJoin(families, eq(families.id, earlyHelpAssessments.familyId))
    .where(
      and(
        eq(earlyHelpAssessments.status, "draft"),
        or(
          inArray(earlyHelpAssessments.leadProfessionalStaffId, staffIds),
          and(isNull(earlyHelpAssessments.leadProfessionalStaffId), inArray(earlyHelpAssessments.createdBy, staffIds)),
        ),
      ),
    )
    .then((rows) =>
      rows.map((r) => ({ ...r, consultationId: null, kind: "early_help_assessment" as const, title: "Complete the early help assessment" })),
    );

/** The next review of each open Team Around the Family, for its lead. */
const tafReviewsDue: WorkItemSource = async (db, { staffIds }) =>
  (await pendingTafReviews(db, staffIds)).map((r) => ({
    id: `taf-review:${r.id}`,
    kind: "taf_review" as const,
    title: "Hold the team around the family review",
    dueOn: r.dueOn,
    familyId: r.familyId,
    familyName: r.familyName,
    areaId: r.areaId,
    consultationId: null,
    assignedTo: r.assignedTo,
  }));

/** Directory entries not reviewed for the configured months, for their owner: due the day they became stale. */
const directoryReviews: WorkItemSource = async (db, { staffIds, directoryReviewMonths = defaultDirectoryReviewMonths, today }) => {
  const lastReviewedBy = addMonths(today ?? londonDateOf(new Date()), -directoryReviewMonths);
  return (await directoryReviewsDue(db, staffIds, lastReviewedBy)).map((r) => ({
    id: `directory-review:${r.id}`,
    kind: "directory_review" as const,
    title: `Review the directory entry ${r.name}`,
    dueOn: directoryReviewDue(r.lastReviewedOn, directoryReviewMonths),
    familyId: null,
    familyName: null,
    areaId: r.areaId,
    consultationId: null,
    directoryServiceId: r.id,
    assignedTo: r.ownerStaffId,
  }));
};

/**
 * A young person whose activity, recorded by this officer, was not confirmed within its period: due
 * the day it became "not known". Activities never recorded have nobody to assign; the chase list has them.
 */
const neetActivitiesGoneStale: WorkItemSource = async (db, { staffIds, neetCurrencyPeriods = defaultCurrencyPeriods, today }) =>
  (await staleNeetActivities(db, { staffIds, today: today ?? londonDateOf(new Date()), periods: neetCurrencyPeriods })).map((r) => ({
    id: `neet-not-known:${r.personId}`,
    kind: "neet_not_known" as const,
    title: `Find out what ${r.firstName} ${r.lastName} is doing now`,
    dueOn: addDays(currentUntil({ code: r.activityCode, lastConfirmedOn: r.lastConfirmedOn }, neetCurrencyPeriods), 1),
    familyId: null,
    familyName: null,
    areaId: r.areaId,
    consultationId: null,
    personId: r.personId,
    assignedTo: r.recordedBy,
  }));

/**
 * A family on a run that has missed its last two sessions (did not attend or apologies), for each
 * staff facilitator to ring before they drop out; due the day after the second missed session.
 */
const programmeSessionsMissed: WorkItemSource = async (db, { staffIds }) =>
  (await enrolmentsMissingSessions(db, staffIds)).map((e) => ({
    id: `programme-missed:${e.enrolmentId}:${e.facilitatorId}`,
    kind: "programme_missed_sessions" as const,
    title: `Ring the family: missed the last two sessions of ${e.programmeName}`,
    dueOn: addDays(e.lastMissedOn, 1),
    familyId: e.familyId,
    familyName: e.familyName,
    areaId: e.areaId,
    consultationId: null,
    assignedTo: e.facilitatorId,
  }));

export const workItemSources: readonly WorkItemSource[] = [
  earlyHelpAssessmentsToComplete,
  referrerFeedbackWorkItems,
  caseVisitsDue,
  tafReviewsDue,
  censusProblemsOnCases,
  directoryReviews,
  requestDecisionsToRead,
  caseReviewsDue,
  neetActivitiesGoneStale,
  programmeSessionsMissed,
  stepDownsToPickUp,
];

/** Every open task assigned to any of `staffIds`, soonest due first. */
export async function listWorkItems(db: Db, params: WorkItemParams): Promise<WorkItemRow[]> {
  if (!params.staffIds.length) return [];
  const found = await Promise.all(workItemSources.map((source) => source(db, params)));
  return found.flat().sort((a, b) => a.dueOn.localeCompare(b.dueOn) || (a.familyName ?? "").localeCompare(b.familyName ?? ""));
}

export interface TeamMember {
  id: string;
  displayName: string;
  email: string;
  role: StaffRole;
}

/** Active staff of one area: a manager's team. */
export function activeStaffOfArea(db: Db, areaId: string): Promise<TeamMember[]> {
  return db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, email: staffUsers.email, role: staffUsers.role })
    .from(staffUsers)
    .where(and(eq(staffUsers.areaId, areaId), eq(staffUsers.active, true)));
}

/** Every active member of staff, for the morning digest. */
export function activeStaff(db: Db): Promise<TeamMember[]> {
  return db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, email: staffUsers.email, role: staffUsers.role })
    .from(staffUsers)
    .where(eq(staffUsers.active, true));
}

/** Names for the "assigned to" column. */
export async function staffNames(db: Db, staffIds: string[]): Promise<Map<string, string>> {
  if (!staffIds.length) return new Map();
  const rows = await db.select({ id: staffUsers.id, name: staffUsers.displayName }).from(staffUsers).where(inArray(staffUsers.id, staffIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active staff with at least one open task, for the morning digest. */
export async function staffWithWork(db: Db): Promise<string[]> {
  const staff = await activeStaff(db);
  const items = await listWorkItems(db, { staffIds: staff.map((s) => s.id) });
  return [...new Set(items.map((item) => item.assignedTo))];
}

/** One member of staff's email and role, if still active: a digest goes only to current staff. */
export async function activeStaffMember(db: Db, staffId: string) {
  const [row] = await db
    .select({ id: staffUsers.id, email: staffUsers.email, role: staffUsers.role })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, staffId), eq(staffUsers.active, true)));
  return row ?? null;
}
