import { decideRequestForService as recordDecision, getAllocationMeeting, getFamily, getRequestForService, type Db } from "@hearth/db";
import {
  allocationDecisionDateProblem,
  canSeeArea,
  londonDateOf,
  requestForServiceReference,
  type RequestForServiceDecide,
  type RequestForServiceDecided,
  type RequestForServiceStatus,
} from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import { openCaseIn } from "../cases/open-case";
import type { ScopedContext } from "../families/family-view";
import { withRecordInScope } from "../scope";
import { audit, fieldError } from "../trpc";

const action = "requestsForService.decide";

/**
 * An FSS manager decides a request for service (issue 12 §1). Accepting allocates it: a case is
 * opened for the family naming the chosen children and key worker, through the same rules as
 * `cases.open`. Stepping down sends it back to LCSS with the note, which the requester sees on the
 * consultation and in the requester's My work. Taken at an allocation meeting, the decision points at
 * it: the meeting must be the request's area's and already held. The decision, the case and their
 * audit rows are one transaction; a request already decided is refused, and another area's is
 * answered as unknown.
 */
export function decideRequestForService(ctx: ScopedContext, input: RequestForServiceDecide): Promise<RequestForServiceDecided> {
  return withRecordInScope(
    ctx,
    { action, entityType: "request_for_service", entityId: input.requestId },
    (tx) => getRequestForService(tx, input.requestId),
    async (tx, row) => {
      const request = row.request;
      if (request.status !== "received") throw new TRPCError({ code: "CONFLICT", message: "This request for service has already been decided" });
      const meetingId = input.meetingId ? await meetingOf(ctx, tx, input.meetingId, request.areaId) : null;
      let caseId: string | null = null;
      if (input.decision === "accepted") {
        const family = await getFamily(tx, request.familyId);
        if (!family || !canSeeArea(ctx.scope, family.areaId)) throw fieldError("decision", "The family is no longer in your area");
        const opened = await openCaseIn(
          ctx,
          tx,
          family,
          {
            keyWorkerId: input.keyWorkerId!,
            children: input.childIds!.map((personId) => ({ personId, category: input.category! })),
            reason: input.reason || `Request for service ${requestForServiceReference(request.number)} accepted: ${request.reasons}`.slice(0, 2000),
          },
          "case.open",
          { child: () => "childIds", keyWorker: "keyWorkerId" },
        );
        caseId = opened.caseId;
      }
      const decided = await recordDecision(tx, request.id, {
        status: input.decision,
        decisionReason: input.reason || null,
        decidedBy: ctx.staff.id,
        decidedAt: ctx.now(),
        allocationMeetingId: meetingId,
      });
      if (!decided) throw new TRPCError({ code: "CONFLICT", message: "This request for service has already been decided" });
      await audit(ctx, tx, {
        action,
        entityType: "request_for_service",
        entityId: request.id,
        detail: { decision: input.decision, caseId, keyWorkerId: input.keyWorkerId ?? null, meetingId },
      });
      await audit(ctx, tx, { action, entityType: "family", entityId: request.familyId, detail: { requestId: request.id, decision: input.decision } });
      return {
        id: decided.id,
        reference: requestForServiceReference(decided.number),
        status: decided.status as RequestForServiceStatus,
        requestedAt: decided.requestedAt.toISOString(),
        decisionReason: decided.decisionReason,
        decidedAt: decided.decidedAt?.toISOString() ?? null,
        requesterReadAt: null,
        caseId,
      };
    },
    (c, r) => canSeeArea(c.scope, r.request.areaId),
  );
}

/** The meeting a decision is taken at: the request's own area's, and held by today. */
async function meetingOf(ctx: ScopedContext, tx: Db, meetingId: string, areaId: string): Promise<string> {
  const meeting = await getAllocationMeeting(tx, meetingId);
  if (!meeting || meeting.meeting.areaId !== areaId) throw fieldError("meetingId", "Choose an allocation meeting of this request’s area");
  const problem = allocationDecisionDateProblem(meeting.meeting.heldOn, londonDateOf(ctx.now()));
  if (problem) throw fieldError("meetingId", problem);
  return meeting.meeting.id;
}
