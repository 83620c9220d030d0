import { TRPCError } from "@trpc/server";
import { findStaffByName, restrictionOf, staffNamedOn, unnameOnRestriction } from "@hearth/db";
import type { RestrictionAllowStaff, StaffFind } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit } from "../trpc";
import { guardedPerson } from "./restrictions";

/**
 * A restriction as its managers see it: why, whom to contact and the staff named on it. Managed
 * without opening the record, so nothing about the person is returned but their id.
 */
export async function readRestriction(ctx: ScopedContext, personId: string) {
  const { person, event } = await guardedPerson(ctx, personId, "person.restriction_read");
  return ctx.db.transaction(async (tx) => {
    const restriction = await restrictionOf(tx, person.id);
    const named = restriction ? await staffNamedOn(tx, person.id) : [];
    await audit(ctx, tx, { ...event, detail: { restricted: restriction !== null, named: named.length } });
    return {
      personId: person.id,
      restriction: restriction && { category: restriction.category, contact: restriction.contact, note: restriction.note },
      named: named.map((n) => ({
        staffId: n.staffId,
        displayName: n.displayName,
        email: n.email,
        role: n.role,
        areaName: n.areaName,
        active: n.active,
      })),
    };
  });
}

/**
 * Takes a member of staff off a restriction. The last one cannot be taken off: a restriction that
 * names nobody opens for nobody, and lifting it is its own, deliberate step.
 */
export async function removeNamedStaff(ctx: ScopedContext, input: RestrictionAllowStaff) {
  const { person, event } = await guardedPerson(ctx, input.personId, "person.restriction_remove_staff");
  return ctx.db.transaction(async (tx) => {
    if (!(await restrictionOf(tx, person.id))) throw new TRPCError({ code: "BAD_REQUEST", message: "This record is not restricted" });
    const named = await staffNamedOn(tx, person.id);
    if (!named.some((n) => n.staffId === input.staffId)) return { personId: person.id, staffId: input.staffId, removed: false };
    if (named.length === 1)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "At least one member of staff must stay named: name someone else first, or lift the restriction",
      });
    const removed = await unnameOnRestriction(tx, person.id, input.staffId);
    await audit(ctx, tx, { ...event, detail: { staffId: input.staffId } });
    return { personId: person.id, staffId: input.staffId, removed };
  });
}

/** Staff who can sign in, by part of their name or email, to choose whom to name on a restriction. */
export async function findStaff(ctx: ScopedContext, input: StaffFind) {
  return ctx.db.transaction(async (tx) => {
    const found = await findStaffByName(tx, { query: input.query, limit: 20 });
    // Staff names are not a family's personal data, but who looked whom up is still worth keeping.
    await audit(ctx, tx, { action: "staff.find", entityType: "staff", detail: { shown: found.length } });
    return found;
  });
}
