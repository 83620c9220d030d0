import { TRPCError } from "@trpc/server";
import { hashToken, queueAdviceRequest, takeAdviceLink } from "@hearth/db";
import { ADVICE_LINK_INVALID, consultationReference, type AdviceRequestConfirm } from "@hearth/domain";
import type { Context } from "../context";
import { audit, denied } from "../trpc";
import { limitPerAddress } from "./limits";

/**
 * The professional opens the link: the request becomes a consultation awaiting a call back in its
 * locality's queue. A link works once and until it expires; any other link gets one plain answer.
 */
export async function confirmAdviceRequest(ctx: Context, input: AdviceRequestConfirm): Promise<{ reference: string }> {
  await limitPerAddress(ctx, "confirm");
  const now = ctx.now();
  const queued = await ctx.db.transaction(async (tx) => {
    const request = await takeAdviceLink(tx, { tokenHash: hashToken(input.token), now });
    if (!request) return null;
    const consultation = await queueAdviceRequest(tx, request, now);
    await audit(ctx, tx, {
      action: "adviceRequests.confirm",
      entityType: "advice_request",
      entityId: request.id,
      detail: { consultationId: consultation.id },
    });
    await audit(ctx, tx, { action: "consultations.create", entityType: "consultation", entityId: consultation.id, detail: { source: "online" } });
    return consultation;
  });
  if (!queued) {
    await denied(ctx, {
      action: "adviceRequests.confirm",
      entityType: "advice_request",
      code: "NOT_FOUND",
      detail: { reason: "unknown, used or expired link" },
    });
    throw new TRPCError({ code: "BAD_REQUEST", message: ADVICE_LINK_INVALID });
  }
  return { reference: consultationReference(queued.number) };
}
