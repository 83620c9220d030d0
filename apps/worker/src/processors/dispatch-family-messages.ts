import { dispatchFamilyMessages } from "@hearth/db";
import { familyMessageKindSchema } from "@hearth/domain";
import type { Processor } from "./types";

/** Turns the booking outbox into send jobs, a batch at a time, until it is empty. */
export const dispatchFamilyMessagesProcessor: Processor<"notifications.dispatch"> = async (_payload, deps) => {
  let total = 0;
  for (;;) {
    const handed = await dispatchFamilyMessages(deps.db, { limit: 500, now: deps.now() }, (rows) =>
      deps.queues.enqueueBulk(
        "notifications.send",
        rows.map((r) => ({
          payload: { kind: familyMessageKindSchema.parse(r.kind), bookingId: r.bookingId, about: `outbox-${r.id}` },
          // BullMQ drops a second job with the same id while the first is kept: a cheap first guard.
          options: { jobId: `outbox-${r.id}` },
        })),
      ),
    );
    total += handed;
    if (handed < 500) return { dispatched: total };
  }
};
