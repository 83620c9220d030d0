import { TRPCError } from "@trpc/server";
import { deleteRestriction, findActiveStaff, getPerson, nameOnRestriction, restrictionOf, saveRestriction } from "@hearth/db";
import { canSeeArea, type RestrictionAllowStaff, type RestrictionSet } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit, denied, fieldError } from "../trpc";

/**
 * Managers restrict their own area's records, data officers any area's. They manage a restriction
 * without opening the record, so a restriction is found by area alone; another area's person is
 * answered as unknown, like every other out-of-area id (ADR 8).
 */
export async function guardedPerson(ctx: ScopedContext, personId: string, action: string) {
  const person = await getPerson(ctx.db, personId);
  const event = { action, entityType: "person", entityId: personId };
  if (!person) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "unknown id" } });
  if (!canSeeArea(ctx.scope, person.areaId)) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "out of area" } });
  return { person, event };
}

/** Restricts a person (or changes why and whom to contact); whoever restricts it is named on it. */
export async function setRestriction(ctx: ScopedContext, input: RestrictionSet) {
  const { person, event } = await guardedPerson(ctx, input.personId, "person.restrict");
  return ctx.db.transaction(async (tx) => {
    await saveRestriction(tx, {
      personId: person.id,
      category: input.category,
      note: input.note ?? null,
      contact: input.contact,
      restrictedBy: ctx.staff.id,
      restrictedAt: ctx.now(),
    });
    await audit(ctx, tx, { ...event, detail: { category: input.category } });
    return { personId: person.id, contact: input.contact };
  });
}

/** Lifts a restriction. Lifting one already lifted (a second click, another manager) changes nothing. */
export async function liftRestriction(ctx: ScopedContext, personId: string) {
  const { person, event } = await guardedPerson(ctx, personId, "person.restriction_lift");
  return ctx.db.transaction(async (tx) => {
    const lifted = await deleteRestriction(tx, person.id);
    if (lifted) await audit(ctx, tx, event);
    return { personId: person.id, lifted };
  });
}

/** Names one more member of staff who may open a restricted record. */
export async function allowStaff(ctx: ScopedContext, input: RestrictionAllowStaff) {
  const { person, event } = await guardedPerson(ctx, input.personId, "person.restriction_allow_staff");
  if (!(await findActiveStaff(ctx.db, input.staffId))) throw fieldError("staffId", "Choose a member of staff who can sign in");
  return ctx.db.transaction(async (tx) => {
    if (!(await restrictionOf(tx, person.id)))
      throw new TRPCError({ code: "BAD_REQUEST", message: "Restrict this record before naming who may open it" });
    await nameOnRestriction(tx, person.id, input.staffId);
    await audit(ctx, tx, { ...event, detail: { staffId: input.staffId } });
    return { personId: person.id, staffId: input.staffId };
  });
}
