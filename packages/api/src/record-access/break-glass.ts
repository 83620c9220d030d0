import { getPerson, insertBreakGlassGrant } from "@hearth/db";
import { TRPCError } from "@trpc/server";
import { breakGlassExpiry, type BreakGlass, type BreakGlassByHandle } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit, denied } from "../trpc";
import { accessToPerson, personRefused } from "./person-access";
import { personOfSearchHandle } from "./person-handles";

/**
 * Opens another area's person record for this member of staff for eight hours, recording their
 * reason; `expiresAt` is null when they could open it without one. The grant and its audit event are written together or not at all; the reason itself
 * stays in the grant (it may name people), the audit event holds only ids.
 */
export async function breakGlass(ctx: ScopedContext, input: BreakGlass) {
  const event = { action: "person.break_glass", entityType: "person", entityId: input.personId };
  const person = await getPerson(ctx.db, input.personId);
  // Existing grants do not count here: asking again renews the grant with a fresh reason.
  if (!person) throw await personRefused(ctx, event, null);
  // A restriction beats a reason: only the staff named on it may open the record.
  const access = await accessToPerson(ctx, ctx.db, person);
  if (!access.open && access.reason === "restricted") throw await personRefused(ctx, event, access);
  // Someone who may open the record anyway needs no grant: nothing is written, the page just opens it.
  if (access.open && access.via !== "break_glass") return { personId: person.id, expiresAt: null };
  const grantedAt = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = await insertBreakGlassGrant(tx, {
      staffId: ctx.staff.id,
      personId: person.id,
      reason: input.reason,
      grantedAt,
      expiresAt: breakGlassExpiry(grantedAt),
    });
    await audit(ctx, tx, { ...event, detail: { grantId: grant.id, ownerAreaId: person.areaId, expiresAt: grant.expiresAt.toISOString() } });
    return { personId: person.id, expiresAt: grant.expiresAt };
  });
}

/**
 * Breaking the glass from a search result known in another area: the result's handle stands for
 * the person, so the page's address never holds their id. A handle that is unknown, expired or
 * another member of staff's is refused like an unknown record, and audited.
 */
export async function breakGlassFromSearch(ctx: ScopedContext, input: BreakGlassByHandle) {
  const personId = await personOfSearchHandle(ctx, input.handle);
  if (!personId) {
    await denied(ctx, { action: "person.break_glass", entityType: "person", code: "NOT_FOUND", detail: { reason: "unknown or expired handle" } });
    throw new TRPCError({ code: "NOT_FOUND", message: "This search result has expired: search again and choose the person again" });
  }
  return breakGlass(ctx, { personId, reason: input.reason });
}
