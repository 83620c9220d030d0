import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { failedDeliverySchema, outboxMessageSchema, retriedSchema } from "./message-schemas";
import { readFailedMessages, readOutbox } from "./read-messages";
import { retryDelivery } from "./retry-delivery";

const limitSchema = z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 });

/**
 * The staff admin page's view of family messages: the outbox (where messages go when neither
 * Notify nor SMTP is configured), and the dead letters, each with a retry.
 */
export const notificationsRouter = createTRPCRouter({
  outbox: roleProcedure("notifications.read")
    .input(limitSchema)
    .output(z.array(outboxMessageSchema))
    .query(({ ctx, input }) => readOutbox(ctx, input.limit)),

  failed: roleProcedure("notifications.read")
    .input(limitSchema)
    .output(z.array(failedDeliverySchema))
    .query(({ ctx, input }) => readFailedMessages(ctx, input.limit)),

  /** Sends a failed message again, e.g. after the family's number was corrected. */
  retry: roleProcedure("notifications.retry")
    .input(z.object({ deliveryId: z.number().int().positive() }))
    .output(retriedSchema)
    .mutation(({ ctx, input }) => retryDelivery(ctx, input.deliveryId)),
});
