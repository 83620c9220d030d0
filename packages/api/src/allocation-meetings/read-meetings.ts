import { getAllocationMeeting, listAllocationMeetings, requestsAwaitingDecision, requestsDecidedAtMeeting, requestsWaitingCount } from "@hearth/db";
import {
  allocationDecisionDateProblem,
  can,
  canSeeArea,
  londonDateOf,
  type AllocationMeetingDetail,
  type AllocationMeetingList,
} from "@hearth/domain";
import { possibleKeyWorkers } from "../cases/open-case";
import type { ScopedContext } from "../families/family-view";
import { requestSummary } from "../requests-for-service/read-requests";
import { withRecordInScope } from "../scope";
import { audit, auditAll } from "../trpc";

/** The area's meetings, latest first, and how many requests wait for the next one. Names no family. */
export function readAllocationMeetings(ctx: ScopedContext, input: AllocationMeetingList) {
  return ctx.db.transaction(async (tx) => {
    const areaIds = ctx.scope.areaId ? [ctx.scope.areaId] : null;
    const [meetings, waiting] = await Promise.all([
      listAllocationMeetings(tx, { areaIds, limit: input.limit }),
      requestsWaitingCount(tx, ctx.scope.areaId),
    ]);
    await audit(ctx, tx, { action: "allocationMeetings.list", entityType: "allocation_meeting", detail: { shown: meetings.length } });
    return { meetings, waiting };
  });
}

/** Who may be named as attending: the area's FSS staff. */
export async function allocationMeetingChoices(ctx: ScopedContext) {
  if (!ctx.scope.areaId) return { staff: [] };
  const staff = await possibleKeyWorkers(ctx.db, ctx.scope.areaId);
  return { staff: staff.map((s) => ({ id: s.id, displayName: s.displayName })) };
}

/**
 * One meeting: who attended, what was decided at it and the area's requests still waiting, which
 * are its agenda. Every family named is a read of that family, audited with the meeting's read.
 */
export function readAllocationMeeting(ctx: ScopedContext, meetingId: string): Promise<AllocationMeetingDetail> {
  const action = "allocationMeetings.get";
  return withRecordInScope(
    ctx,
    { action, entityType: "allocation_meeting", entityId: meetingId },
    (tx) => getAllocationMeeting(tx, meetingId),
    async (tx, row) => {
      const [decided, waiting] = await Promise.all([
        requestsDecidedAtMeeting(tx, meetingId),
        requestsAwaitingDecision(tx, { areaId: row.meeting.areaId, limit: 100 }),
      ]);
      await audit(ctx, tx, { action, entityType: "allocation_meeting", entityId: meetingId });
      const familyIds = new Set([...decided, ...waiting].map((r) => r.request.familyId));
      await auditAll(
        ctx,
        tx,
        [...familyIds].map((familyId) => ({ action, entityType: "family", entityId: familyId, detail: { meetingId } })),
      );
      return {
        id: row.meeting.id,
        heldOn: row.meeting.heldOn,
        areaName: row.areaName,
        recordedByName: row.recordedByName,
        staff: row.staff,
        partners: row.partners,
        decided: decided.map(requestSummary),
        waiting: waiting.map(requestSummary),
        canDecide: can(ctx.staff.role, "requestsForService.decide") && !allocationDecisionDateProblem(row.meeting.heldOn, londonDateOf(ctx.now())),
      };
    },
    (c, row) => canSeeArea(c.scope, row.meeting.areaId),
  );
}
