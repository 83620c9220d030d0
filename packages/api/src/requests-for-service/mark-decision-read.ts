import { getRequestForService, markDecisionReadByRequester } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { withRecordInScope } from "../scope";
import { audit } from "../trpc";

/**
 * LCSS marks FSS's decision on their request as read, which takes it out of the requester's My
 * work. Any LCSS member of staff of the area may, so a step-down is not stuck when the requester
 * is away. A request not yet decided, or already marked, is a conflict.
 */
export function markRequestDecisionRead(ctx: ScopedContext, requestId: string) {
  const action = "requestsForService.markDecisionRead";
  return withRecordInScope(
    ctx,
    { action, entityType: "request_for_service", entityId: requestId },
    (tx) => getRequestForService(tx, requestId),
    async (tx, row) => {
      const marked = await markDecisionReadByRequester(tx, requestId, ctx.now());
      if (!marked)
        throw new TRPCError({
          code: "CONFLICT",
          message: row.request.decidedAt ? "The decision has already been marked as read" : "FSS has not decided this request yet",
        });
      await audit(ctx, tx, { action, entityType: "request_for_service", entityId: requestId, detail: { familyId: row.request.familyId } });
      return { requestId, readAt: marked.requesterReadAt!.toISOString() };
    },
    (c, row) => canSeeArea(c.scope, row.request.areaId),
  );
}
