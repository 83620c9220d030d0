import {
  cancelOpenAccessSession,
  centreClosuresBetween,
  deleteCentreClosure,
  getCentre,
  insertCentreClosure,
  notifySessionChanged,
  scheduledSessionsBetween,
  updateOpenAccessSession,
} from "@hearth/db";
import { londonDateOf, type CentreClosureCreate } from "@hearth/domain";
import type { Context } from "../context";
import { audit, canActForCentre, denied, fieldError } from "../trpc";

type StaffContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };

/** Closures from today on: weekly series skip them, and the public sees the sessions moved or cancelled. */
export function listClosures(ctx: StaffContext, centreId: string) {
  return centreClosuresBetween(ctx.db, { centreId, from: londonDateOf(ctx.now()), to: "9999-12-31" });
}

/**
 * Records a temporary closure. The sessions in it that have not started are cancelled, or moved
 * to another centre the member of staff also runs; either way every family booked is told.
 */
export async function createClosure(ctx: StaffContext, input: CentreClosureCreate) {
  const now = ctx.now();
  if (input.from < londonDateOf(now)) throw fieldError("from", "A closure must start today or later");
  if (input.sessions === "move") {
    const target = await getCentre(ctx.db, input.movedToCentreId!);
    if (!target || !canActForCentre(ctx.scope, target))
      throw await denied(ctx, {
        action: "centre_closure.create",
        entityType: "centre",
        entityId: input.movedToCentreId!,
        code: "FORBIDDEN",
        detail: { reason: "move to a centre out of scope" },
      });
  }
  return ctx.db.transaction(async (tx) => {
    const closure = await insertCentreClosure(tx, {
      centreId: input.centreId,
      startsOn: input.from,
      endsOn: input.to,
      reason: input.reason,
      createdBy: ctx.staff.id,
    });
    const affected = await scheduledSessionsBetween(tx, { centreId: input.centreId, from: input.from, to: input.to });
    let familiesTold = 0;
    for (const session of affected) {
      if (input.sessions === "cancel") {
        familiesTold += (await cancelOpenAccessSession(tx, { sessionId: session.id, reason: `The centre is closed: ${input.reason}`, now })) ?? 0;
      } else {
        await updateOpenAccessSession(tx, session.id, { centreId: input.movedToCentreId! });
        familiesTold += await notifySessionChanged(tx, session.id);
      }
    }
    await audit(ctx, tx, {
      action: "centre_closure.create",
      entityType: "centre",
      entityId: input.centreId,
      detail: { closureId: closure.id, sessions: affected.length, familiesTold, action: input.sessions },
    });
    return { closureId: closure.id, sessionsAffected: affected.length, familiesTold };
  });
}

/**
 * Takes a closure off the calendar (entered by mistake, or the centre reopens early): new sessions
 * and series may use those days again. Sessions it cancelled stay cancelled, as families were told.
 */
export async function removeClosure(ctx: StaffContext, closureId: string) {
  return ctx.db.transaction(async (tx) => {
    const removed = (await deleteCentreClosure(tx, closureId))!;
    await audit(ctx, tx, { action: "centre_closure.remove", entityType: "centre_closure", entityId: closureId, detail: removed });
    return { removed: true as const };
  });
}
