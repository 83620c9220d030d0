import type { Context } from "../context";

/** Nudges leave at most this often; a confirmation waits at most this much longer for one. */
const NUDGE_EVERY_MS = 200;

/** Per job queue: a nudge is on its way, and whether another change has come in since it left. */
const inFlight = new WeakMap<object, { again: boolean }>();

/**
 * Asks the worker to send what a change just put in the booking outbox, so a confirmation goes
 * within a second or so. Best effort by design: the change has committed, and if Redis is away the
 * worker's five-second dispatch schedule sends it anyway, so a failure here must not fail the request.
 *
 * Nudges are coalesced: the changes that follow one, until NUDGE_EVERY_MS after it left, share the
 * one nudge sent then, so a burst of hundreds of bookings a second costs Redis five commands a
 * second rather than one each. Every change is still followed by a nudge that leaves after it has
 * committed.
 */
export function nudgeFamilyMessages(ctx: Context): void {
  const jobs = ctx.jobs;
  if (!jobs) return;
  const pending = inFlight.get(jobs);
  if (pending) {
    pending.again = true;
    return;
  }
  const state = { again: false };
  inFlight.set(jobs, state);
  const send = (): void => {
    void jobs
      .enqueue("notifications.dispatch", {})
      .catch(() => undefined)
      .finally(() => {
        setTimeout(() => {
          if (!state.again) return inFlight.delete(jobs);
          state.again = false;
          send();
        }, NUDGE_EVERY_MS).unref();
      });
  };
  send();
}
