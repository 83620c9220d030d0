import { dispatchFamilyMessages } from "@hearth/db";
import { familyMessageKindSchema, programmeMessageKindSchema } from "@hearth/domain";
import type { Processor } from "./types";

/**
 * Turns the family message outbox into send jobs, a batch at a time, until it is empty: a booking's
 * message to the booking sender, a programme place's to the programme sender.
 */
export const dispatchFamilyMessagesProcessor: Processor<"notifications.dispatch"> = async (_payload, deps) => {
  let total = 0;
  for (;;) {
    const handed = await dispatchFamilyMessages(deps.db, { limit: 500, now: deps.now() }, async (rows) => {
      const bookings = rows.flatMap((r) => (r.bookingId ? [{ ...r, bookingId: r.bookingId }] : []));
      const places = rows.flatMap((r) => (r.referralId ? [{ ...r, referralId: r.referralId }] : []));
      await deps.queues.enqueueBulk(
        "notifications.send",
        bookings.map((r) => ({
          payload: { kind: familyMessageKindSchema.parse(r.kind), bookingId: r.bookingId, about: `outbox-${r.id}` },
          // BullMQ drops a second job with the same id while the first is kept: a cheap first guard.
          options: { jobId: `outbox-${r.id}` },
        })),
      );
      await deps.queues.enqueueBulk(
        "notifications.send-programme",
        places.map((r) => ({
          payload: { kind: programmeMessageKindSchema.parse(r.kind), referralId: r.referralId, about: `outbox-${r.id}` },
          options: { jobId: `outbox-${r.id}` },
        })),
      );
    });
    total += handed;
    if (handed < 500) return { dispatched: total };
  }
};
