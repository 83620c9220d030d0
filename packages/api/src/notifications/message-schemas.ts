import { schema } from "@hearth/db";
import { z } from "zod";

const channel = z.enum(schema.bookingChannel.enumValues);

/** A message the outbox transport kept, with its manage link masked. */
export const outboxMessageSchema = z.object({
  id: z.number().int(),
  channel,
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.date(),
  bookingReference: z.string(),
  centreName: z.string(),
});

/** A message that could not be delivered, with why, for staff to act on. */
export const failedDeliverySchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  status: z.enum(schema.deliveryStatus.enumValues),
  channel: channel.nullable(),
  reason: z.string().nullable(),
  attempts: z.number().int(),
  at: z.date(),
  bookingReference: z.string(),
  carerName: z.string(),
  centreName: z.string(),
  sessionStartsAt: z.date(),
});

export const retriedSchema = z.object({ retried: z.boolean() });
