import { failedDeliveries, failedDeliveryForRetry, latestOutboxMessages, reopenDelivery, type MessageScope } from "@hearth/db";
import { canSeeArea, maskManageLinks, parseFamilyMessageKey } from "@hearth/domain";
import { z } from "zod";
import type { Context } from "../context";
import { audit, createTRPCRouter, denied, roleProcedure } from "../trpc";

/** Centre staff read their centre's messages, managers their area's, administrators everyone's. */
function messageScope(scope: NonNullable<Context["scope"]>): MessageScope {
  if (scope.role === "admin") return null;
  if (scope.role === "centre_staff") return { centreId: scope.centreId ?? "00000000-0000-0000-0000-000000000000" };
  return { areaId: scope.areaId ?? "00000000-0000-0000-0000-000000000000" };
}

const limitSchema = z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 });

/**
 * The staff admin page's view of family messages: the outbox (where messages go when neither
 * Notify nor SMTP is configured), and the dead letters, each with a retry.
 */
export const notificationsRouter = createTRPCRouter({
  outbox: roleProcedure("notifications.read")
    .input(limitSchema)
    .query(async ({ ctx, input }) => {
      const messages = await latestOutboxMessages(ctx.db, { scope: messageScope(ctx.scope), limit: input.limit });
      // Messages name families and their contact details: reading them is audited like a record.
      await audit(ctx, ctx.db, { action: "outbox.read", entityType: "outbox", detail: { count: messages.length } });
      // A live manage link would let staff act as the family: they see what was said, not the key.
      return messages.map((m) => ({ ...m, subject: maskManageLinks(m.subject), body: maskManageLinks(m.body) }));
    }),

  failed: roleProcedure("notifications.read")
    .input(limitSchema)
    .query(async ({ ctx, input }) => {
      const rows = await failedDeliveries(ctx.db, { scope: messageScope(ctx.scope), limit: input.limit });
      await audit(ctx, ctx.db, { action: "failed-messages.read", entityType: "outbox", detail: { count: rows.length } });
      return rows;
    }),

  /** Sends a failed message again, e.g. after the family's number was corrected. */
  retry: roleProcedure("notifications.retry")
    .input(z.object({ deliveryId: z.number().int().positive() }))
    .mutation(async ({ ctx, input }) => {
      const event = { action: "notifications.retry", entityType: "delivery" };
      const delivery = await failedDeliveryForRetry(ctx.db, input.deliveryId);
      const inScope =
        delivery &&
        (ctx.scope.role === "admin" ||
          (ctx.scope.role === "centre_staff" ? delivery.centreId === ctx.scope.centreId : canSeeArea(ctx.scope, delivery.areaId)));
      if (!delivery || !inScope) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { deliveryId: input.deliveryId } });
      const parts = parseFamilyMessageKey(delivery.idempotencyKey);
      if (!parts) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { deliveryId: input.deliveryId, reason: "not a family message" } });
      if (!ctx.jobs) throw new Error("The job queues are not available: try again in a minute");
      const reopened = await reopenDelivery(ctx.db, delivery.id, ctx.now());
      if (reopened) await ctx.jobs.enqueue("notifications.send", parts);
      await audit(ctx, ctx.db, { ...event, detail: { deliveryId: delivery.id, reopened } });
      return { retried: reopened };
    }),
});
