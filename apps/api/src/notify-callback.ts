import { timingSafeEqual } from "node:crypto";
import { flagContactProblem, messageContextForBooking, recordDeliveryReceipt, type Db, type DeliveryStatus } from "@hearth/db";
import type { FastifyInstance } from "fastify";
import { z } from "zod";

// Notify's statuses, as its callbacks report them, in the ledger's words.
const statusMap: Record<string, DeliveryStatus> = {
  delivered: "delivered",
  "permanent-failure": "permanent_failure",
  "temporary-failure": "temporary_failure",
  "technical-failure": "technical_failure",
};

const receiptSchema = z.object({
  id: z.string().min(1),
  reference: z.string().nullable().optional(),
  status: z.string(),
  status_updated_at: z.string().optional(),
  notification_type: z.enum(["sms", "email", "letter"]).optional(),
});

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * GOV.UK Notify's delivery receipts (POST /notify/callback). Notify sends the bearer token the
 * service chose; anything else is refused. A permanent failure flags the contact detail for staff.
 * Only registered when NOTIFY_CALLBACK_TOKEN is set.
 */
export function registerNotifyCallback(app: FastifyInstance, deps: { db: Db; token: string; now?: () => Date }) {
  app.post("/notify/callback", async (req, reply) => {
    if (!bearerMatches(req.headers.authorization, deps.token)) return reply.code(401).send({ error: "unauthorised" });
    const receipt = receiptSchema.safeParse(req.body);
    if (!receipt.success) return reply.code(400).send({ error: "not a Notify delivery receipt" });
    const status = statusMap[receipt.data.status];
    // Intermediate statuses (created, sending) tell the ledger nothing new.
    if (!status) return reply.code(204).send();
    const updated = await recordDeliveryReceipt(deps.db, { providerId: receipt.data.id, status, at: deps.now?.() ?? new Date() });
    if (updated && status === "permanent_failure" && updated.bookingId && updated.channel) {
      const booking = await messageContextForBooking(deps.db, updated.bookingId);
      if (booking)
        await flagContactProblem(deps.db, {
          familyId: booking.familyId,
          bookingId: booking.bookingId,
          channel: updated.channel,
          reason: "Notify could not deliver to this contact detail",
        });
    }
    return reply.code(204).send();
  });
}
