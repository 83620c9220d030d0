import { TRPCError } from "@trpc/server";
import { claimOnlineConsultation, consultationArea } from "@hearth/db";
import { consultationReference, type AdviceRequestClaim } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { assertRecordInScope, audit } from "../trpc";

/**
 * A locality worker picks up a request made online: it becomes theirs and open, and the
 * professional is emailed that it has been picked up (with the reference only, nothing about the child).
 */
export async function claimOnlineRequest(ctx: ScopedContext, input: AdviceRequestClaim) {
  const event = { action: "adviceRequests.claim", entityType: "consultation", entityId: input.consultationId };
  await assertRecordInScope(ctx, await consultationArea(ctx.db, input.consultationId), event);
  const claimed = await ctx.db.transaction(async (tx) => {
    const row = await claimOnlineConsultation(tx, { consultationId: input.consultationId, staffId: ctx.staff.id });
    if (row) await audit(ctx, tx, { ...event, detail: { adviceRequestId: row.adviceRequestId } });
    return row;
  });
  if (!claimed) throw new TRPCError({ code: "CONFLICT", message: "This request has already been picked up, or was not made online" });
  if (claimed.adviceRequestId) await ctx.jobs?.enqueue("adviceRequests.send-picked-up", { adviceRequestId: claimed.adviceRequestId });
  return { consultationId: claimed.id, reference: consultationReference(claimed.number) };
}
