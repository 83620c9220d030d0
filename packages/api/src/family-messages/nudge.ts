import type { Context } from "../context";

/**
 * Asks the worker to send what a change just put in the booking outbox, so a confirmation goes
 * within a second or so. Best effort by design: the change has committed, and if Redis is away the
 * worker's five-second dispatch schedule sends it anyway, so a failure here must not fail the request.
 */
export function nudgeFamilyMessages(ctx: Context): void {
  ctx.jobs?.enqueue("notifications.dispatch", {}).catch(() => undefined);
}
