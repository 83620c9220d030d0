import type { BookingCreate } from "@hearth/domain";
import { z } from "zod";
import type { Context } from "../context";
import { publicSessionSchema, type SessionRow } from "./session-view";

/** What a family is told once a booking is made (or found to be made already). */
export const bookingCreatedSchema = z.object({
  reference: z.string(),
  status: z.enum(["booked", "waitlisted", "cancelled"]),
  /** 1 is next in line; null unless waiting. */
  waitlistPosition: z.number().nullable(),
  /**
   * The manage link's token, shown once. Null when this answers a repeat of a request already
   * made (the same idempotency key): the first answer and the confirmation message carry it.
   */
  manageToken: z.string().nullable(),
  alreadyMade: z.boolean(),
  session: publicSessionSchema,
});
export type BookingCreated = z.infer<typeof bookingCreatedSchema>;

/** One family's booking as it waits in its session's queue: checked, not yet written. */
export interface BookingRequest {
  ctx: Context;
  input: BookingCreate;
  session: SessionRow;
  now: Date;
}
