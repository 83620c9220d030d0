import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import {
  addDays,
  addMonths,
  currentUntil,
  defaultCurrencyPeriods,
  type CurrencyPeriods,
  censusProblemsOf,
  collectionYearOf,
  defaultDirectoryReviewMonths,
  defaultVisitCadence,
  directoryReviewDue,
  addWorkingDays,
  defaultCaseReviewWeeks,
  nextCaseReviewDue,
  londonDateOf,
  nextVisitDue,
  type StaffRole,
  type VisitCadence,
  type WorkItemKind,
} from "@hearth/domain";
import type { Db } from "../client";
import { earlyHelpAssessments, families, fssCases, staffUsers } from "../schema";
import { referrerFeedbackWorkItems } from "./consultation-feedback";
import { storedCensusChildren } from "./child-episodes";
import { directoryReviewsDue } from "./directory";
import { lastReviewOn } from "./fss-case-plans";
import { caseChildrenWithLastSeen } from "./fss-cases";
import { decisionsUnreadByRequester } from "./requests-for-service";
import { enrolmentsMissingSessions } from "./programme-registers";
import { pendingTafReviews } from "./team-around-the-family";
import { staleNeetActivities } from "./neet-activities";

/**
 * "My work": each source is one small query for one kind of task that has an assignee and a due
 * date. Later issues (reviews, visits, sign-offs, NEET reviews) append a source to `workItemSources`;
 * nothing else has to change. Status (due, due today, overdue) is the domain's, from dueOn and today.
 */
export interface WorkItemRow {
  id: string;
  kind: WorkItemKind;
  title: string;
  dueOn: string;
  /** Null for work about a no-names consultation, which identifies no family. */
  familyId: string | null;
  familyName: string | null;
  /** The area of the record the work is about: the family's, or the consultation's. */
  areaId: string;
  consultationId: string | null;
  /** The directory entry to review, for a directory review. */
  directoryServiceId?: string;
  /** The young person to follow up, for a NEET activity gone out of date. */
  personId?: string;
  assignedTo: string;
}

export interface WorkItemParams {
  staffIds: string[];
  /** How often children on FSS cases must be seen: the API's configuration, else the defaults. */
  visitCadence?: VisitCadence;
  /** Months after its last review that a directory entry is due for review again: the API's configuration. */
  directoryReviewMonths?: number;
  /** Months each kind of NEET activity stays current: the API's configuration. */
  neetCurrencyPeriods?: CurrencyPeriods;
  /** Today in London, for work judged on the day (census problems, stale entries); the caller's clock, else the machine's. */
  today?: string;
  /** Weeks between FSS case reviews: the API's configuration, else the default. */
  caseReviewWeeks?: number;
}

type WorkItemSource = (db: Db, params: WorkItemParams) => Promise<WorkItemRow[]>;

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

const visitTitles: Partial<Record<string, string>> = {
  child_protection_plan: "Visit a child on a child protection plan",
  child_in_need: "Visit a child in need",
};

/**
 * Each child on an open FSS case whose category has a visit cadence is due a visit by the key
 * worker, counted from the last visit that saw them. Working days need the domain's calendar, so
 * the due date is worked out here rather than in SQL.
 */
const caseVisitsDue: WorkItemSource = async (db, { staffIds, visitCadence = defaultVisitCadence }) => {
  const cases = await openCasesOf(db, staffIds);
  const children = await caseChildrenWithLastSeen(
    db,
    cases.map((c) => c.id),
  );
  const byId = new Map(cases.map((c) => [c.id, c]));
  return children.flatMap((child) => {
    const fssCase = byId.get(child.caseId)!;
    const dueOn = nextVisitDue(child.category, child.lastSeenOn, fssCase.openedOn, visitCadence);
    if (!dueOn) return [];
    return [
      {
        id: `case-visit:${child.caseId}:${child.personId}`,
        kind: "case_visit" as const,
        // The child's name is not in the title: the list names the family, and the case page the child.
        title: visitTitles[child.category]!,
        dueOn,
        familyId: fssCase.familyId,
        familyName: fssCase.familyName,
        areaId: fssCase.familyAreaId,
        consultationId: null,
        assignedTo: fssCase.keyWorkerId,
      },
    ];
  });
};

/** Open FSS cases held by any of `staffIds`, with the family each belongs to. */
function openCasesOf(db: Db, staffIds: string[]) {
  return db
    .select({
      id: fssCases.id,
      openedOn: fssCases.openedOn,
      keyWorkerId: fssCases.keyWorkerId,
      familyId: families.id,
      familyName: families.name,
      familyAreaId: families.areaId,
    })
    .from(fssCases)
    .innerJoin(families, eq(families.id, fssCases.familyId))
    .where(and(eq(fssCases.status, "open"), inArray(fssCases.keyWorkerId, staffIds)));
}

/**
 * Each child on an open case whose statutory record has census problems today, for the key
 * worker, due by the census reference date (31 March) so they are put right before the return.
 */
const censusProblemsOnCases: WorkItemSource = async (db, { staffIds, today = londonDateOf(new Date()) }) => {
  const cases = await openCasesOf(db, staffIds);
  const children = await caseChildrenWithLastSeen(
    db,
    cases.map((c) => c.id),
  );
  const stored = await storedCensusChildren(db, [...new Set(children.map((c) => c.personId))]);
  const byId = new Map(cases.map((c) => [c.id, c]));
  const dueOn = collectionYearOf(today).endsOn;
  return children.flatMap((child) => {
    const problems = censusProblemsOf(stored.get(child.personId)!, today).length;
    if (!problems) return [];
    const fssCase = byId.get(child.caseId)!;
    return [
      {
        id: `census-problem:${child.caseId}:${child.personId}`,
        kind: "census_problem" as const,
        title: problems === 1 ? "Put right a census problem" : `Put right ${problems} census problems`,
        dueOn,
        familyId: fssCase.familyId,
        familyName: fssCase.familyName,
        areaId: fssCase.familyAreaId,
        consultationId: null,
        assignedTo: fssCase.keyWorkerId,
      },
    ];
  });
};

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

/** Each open FSS case's next plan review, for its key worker. */
const caseReviewsDue: WorkItemSource = async (db, { staffIds, caseReviewWeeks = defaultCaseReviewWeeks }) => {
  const cases = await db
    .select({
      id: fssCases.id,
      openedOn: fssCases.openedOn,
      keyWorkerId: fssCases.keyWorkerId,
      familyId: families.id,
      familyName: families.name,
      familyAreaId: families.areaId,
    })
    .from(fssCases)
    .innerJoin(families, eq(families.id, fssCases.familyId))
    .where(and(eq(fssCases.status, "open"), inArray(fssCases.keyWorkerId, staffIds)));
  const last = await lastReviewOn(
    db,
    cases.map((c) => c.id),
  );
  return cases.map((c) => ({
    id: `case-review:${c.id}`,
    kind: "case_review" as const,
    title: "Review the case plan",
    dueOn: nextCaseReviewDue(c.openedOn, last.get(c.id) ?? null, caseReviewWeeks),
    familyId: c.familyId,
    familyName: c.familyName,
    areaId: c.familyAreaId,
    consultationId: null,
    assignedTo: c.keyWorkerId,
  }));
};

const decisionTitles: Record<string, string> = {
  accepted: "FSS accepted your request for service",
  stepped_down: "FSS stepped your request down to early help: pick up the family",
  escalated: "FSS escalated your request to children's social care",
  no_further_action: "FSS decided no further action on your request",
};

/**
 * FSS's decision on a request for service, for the LCSS member of staff who made it, until they
 * mark it read (issue 12 §1): how the requester is told, and how a step-down comes back to LCSS.
 */
const requestDecisionsToRead: WorkItemSource = async (db, { staffIds }) =>
  (await decisionsUnreadByRequester(db, staffIds)).map((r) => ({
    id: `request-decision:${r.id}`,
    kind: "request_for_service_decision" as const,
    title: decisionTitles[r.status]!,
    dueOn: addWorkingDays(londonDateOf(r.decidedAt!), 2),
    familyId: r.familyId,
    familyName: r.familyName,
    areaId: r.areaId,
    consultationId: r.consultationId,
    assignedTo: r.requestedBy,
  }));

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
