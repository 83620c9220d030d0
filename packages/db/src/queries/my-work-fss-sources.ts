/** FSS casework's My work sources (issue 12): visits, plan reviews, census problems, decisions to read. */
import { and, eq, inArray } from "drizzle-orm";
import {
  addWorkingDays,
  censusProblemsOf,
  collectionYearOf,
  defaultCaseReviewWeeks,
  defaultVisitCadence,
  londonDateOf,
  nextCaseReviewDue,
  nextVisitDue,
} from "@hearth/domain";
import type { Db } from "../client";
import { families, fssCases } from "../schema";
import { storedCensusChildren } from "./child-episodes";
import { lastReviewOn } from "./fss-case-plans";
import { caseChildrenWithLastSeen } from "./fss-cases";
import type { WorkItemSource } from "./my-work-types";
import { decisionsUnreadByRequester } from "./requests-for-service";

const visitTitles: Partial<Record<string, string>> = {
  child_protection_plan: "Visit a child on a child protection plan",
  child_in_need: "Visit a child in need",
};

/**
 * Each child on an open FSS case whose category has a visit cadence is due a visit by the key
 * worker, counted from the last visit that saw them. Working days need the domain's calendar, so
 * the due date is worked out here rather than in SQL.
 */
export const caseVisitsDue: WorkItemSource = async (db, { staffIds, visitCadence = defaultVisitCadence }) => {
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
export const censusProblemsOnCases: WorkItemSource = async (db, { staffIds, today = londonDateOf(new Date()) }) => {
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

/** Each open FSS case's next plan review, for its key worker. */
export const caseReviewsDue: WorkItemSource = async (db, { staffIds, caseReviewWeeks = defaultCaseReviewWeeks }) => {
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
export const requestDecisionsToRead: WorkItemSource = async (db, { staffIds }) =>
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
