import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { addWorkingDays, londonDateOf, STEP_DOWN_PICK_UP_WORKING_DAYS } from "@hearth/domain";
import type { Db } from "../client";
import { families, fssCases, requestsForService, staffUsers } from "../schema";
import type { WorkItemSource } from "./my-work-types";

/**
 * Families FSS stepped down to early help when closing a case (issue 12 §2), waiting for LCSS to
 * pick them up (issue 11 §5). They wait in the family's area, where LCSS can open the record.
 */
const closer = alias(staffUsers, "closer");
const lcssRoles = ["lcss_worker", "lcss_senior"] as const;

const waiting = and(eq(fssCases.status, "closed"), eq(fssCases.steppedDownToLcss, true), isNull(fssCases.stepDownPickedUpAt));

/** The area's stepped-down families still to pick up (every area's when `areaId` is null), oldest first. */
export function stepDownsWaiting(db: Db, params: { areaId: string | null }) {
  return db
    .select({
      caseId: fssCases.id,
      familyId: families.id,
      familyName: families.name,
      areaId: families.areaId,
      closedAt: fssCases.closedAt,
      closedByName: closer.displayName,
      closeReason: fssCases.closeReason,
      closeSummary: fssCases.closeSummary,
      outcome: fssCases.outcome,
    })
    .from(fssCases)
    .innerJoin(families, eq(families.id, fssCases.familyId))
    .leftJoin(closer, eq(closer.id, fssCases.closedBy))
    .where(and(waiting, params.areaId ? eq(families.areaId, params.areaId) : undefined))
    .orderBy(fssCases.closedAt)
    .limit(200);
}

/** Records who picked the family up; null when it is not a step-down still waiting. */
export async function pickUpStepDown(db: Db, params: { caseId: string; staffId: string; at: Date }) {
  const [row] = await db
    .update(fssCases)
    .set({ stepDownPickedUpAt: params.at, stepDownPickedUpBy: params.staffId })
    .where(and(eq(fssCases.id, params.caseId), waiting))
    .returning({ id: fssCases.id, stepDownPickedUpAt: fssCases.stepDownPickedUpAt });
  return row ?? null;
}

/** Whether the case is a step-down (picked up or not), and its family's area, for the pick-up's scope. */
export async function stepDownOfCase(db: Db, caseId: string) {
  const [row] = await db
    .select({ caseId: fssCases.id, familyId: fssCases.familyId, areaId: families.areaId, steppedDownToLcss: fssCases.steppedDownToLcss })
    .from(fssCases)
    .innerJoin(families, eq(families.id, fssCases.familyId))
    .where(eq(fssCases.id, caseId));
  return row ?? null;
}

/**
 * My work's source: a waiting step-down goes to the LCSS worker who last asked FSS for a service
 * for the family (they know it), or, when no one in the area's LCSS did, to the area's senior
 * practitioners, who run the queue. A team view lists each family once.
 */
export const stepDownsToPickUp: WorkItemSource = async (db, { staffIds }) => {
  const readers = await db
    .select({ id: staffUsers.id, role: staffUsers.role, areaId: staffUsers.areaId })
    .from(staffUsers)
    .where(and(inArray(staffUsers.id, staffIds), inArray(staffUsers.role, lcssRoles), eq(staffUsers.active, true)));
  const areaIds = [...new Set(readers.flatMap((r) => (r.areaId ? [r.areaId] : [])))];
  if (!areaIds.length) return [];
  const cases = await db
    .select({ caseId: fssCases.id, familyId: families.id, familyName: families.name, areaId: families.areaId, closedAt: fssCases.closedAt })
    .from(fssCases)
    .innerJoin(families, eq(families.id, fssCases.familyId))
    .where(and(waiting, inArray(families.areaId, areaIds)));
  const items = [];
  for (const c of cases) {
    const [requester] = await db
      .select({ id: requestsForService.requestedBy })
      .from(requestsForService)
      .innerJoin(staffUsers, eq(staffUsers.id, requestsForService.requestedBy))
      .where(
        and(
          eq(requestsForService.familyId, c.familyId),
          eq(staffUsers.areaId, c.areaId),
          eq(staffUsers.active, true),
          inArray(staffUsers.role, lcssRoles),
        ),
      )
      .orderBy(desc(requestsForService.requestedAt))
      .limit(1);
    const inArea = readers.filter((r) => r.areaId === c.areaId);
    const assignee = requester
      ? inArea.find((r) => r.id === requester.id)
      : inArea.filter((r) => r.role === "lcss_senior").sort((a, b) => staffIds.indexOf(a.id) - staffIds.indexOf(b.id))[0];
    if (!assignee) continue;
    items.push({
      id: `case-step-down:${c.caseId}`,
      kind: "case_step_down" as const,
      title: "FSS closed the family's case and stepped them down to early help: pick up the family",
      dueOn: addWorkingDays(londonDateOf(c.closedAt!), STEP_DOWN_PICK_UP_WORKING_DAYS),
      familyId: c.familyId,
      familyName: c.familyName,
      areaId: c.areaId,
      consultationId: null,
      assignedTo: assignee.id,
    });
  }
  return items;
};
