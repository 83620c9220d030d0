import { failedDeliveryForRetry, reopenDelivery } from "@hearth/db";
import { canSeeArea, parseFamilyMessageKey } from "@hearth/domain";
import type { Context } from "../context";
import { audit, denied } from "../trpc";

type ScopedContext = Context & { scope: NonNullable<Context["scope"]> };

/** Sends a failed message again, e.g. after the family's number was corrected. */
export async function retryDelivery(ctx: ScopedContext, deliveryId: number) {
  const event = { action: "notifications.retry", entityType: "delivery" };
  const delivery = await failedDeliveryForRetry(ctx.db, deliveryId);
  const inScope =
    delivery &&
    (ctx.scope.role === "admin" ||
      (ctx.scope.role === "centre_staff" ? delivery.centreId === ctx.scope.centreId : canSeeArea(ctx.scope, delivery.areaId)));
  if (!delivery || !inScope) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { deliveryId } });
  const parts = parseFamilyMessageKey(delivery.idempotencyKey);
  if (!parts) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { deliveryId, reason: "not a family message" } });
  if (!ctx.jobs) throw new Error("The job queues are not available: try again in a minute");
  const reopened = await reopenDelivery(ctx.db, delivery.id, ctx.now());
  if (reopened) await ctx.jobs.enqueue("notifications.send", parts);
  await audit(ctx, ctx.db, { ...event, detail: { deliveryId: delivery.id, reopened } });
  return { retried: reopened };
}
