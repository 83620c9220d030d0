import { familyMembership, relationshipBetween, saveRelationship, setFamilyMemberRole, updateFamily } from "@hearth/db";
import type { FamilyMemberAdd, FamilyMemberChange, FamilyMemberRemove, FamilyRelationshipChange } from "@hearth/domain";
import { audit, fieldError } from "../trpc";
import type { ScopedContext } from "./family-view";
import { assertMembersInScope } from "./members-in-scope";
import { familyInScope } from "./open-record";

/**
 * Changes made in place from a family's Members page. Each is audited on the family with what it
 * was before (roles and relationship codes, never free text), in the change's own transaction.
 */

/** The family, and the person in it, both in the caller's scope; the person must be a member. */
export async function memberInScope(ctx: ScopedContext, familyId: string, personId: string, action: string) {
  await familyInScope(ctx, familyId, action);
  await assertMembersInScope(ctx, [personId], action);
  const membership = await familyMembership(ctx.db, familyId, personId);
  if (!membership) throw fieldError("personId", "This person is not a member of this family");
  return membership;
}

export async function addFamilyMember(ctx: ScopedContext, input: FamilyMemberAdd) {
  const action = "family.member.add";
  await familyInScope(ctx, input.familyId, action);
  await assertMembersInScope(ctx, [input.personId], action);
  const before = await familyMembership(ctx.db, input.familyId, input.personId);
  if (before) throw fieldError("personId", "This person is already a member of this family", "CONFLICT");
  await ctx.db.transaction(async (tx) => {
    await updateFamily(tx, input.familyId, {}, [{ personId: input.personId, role: input.role }], []);
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: input.familyId,
      detail: { personId: input.personId, role: input.role, before: null },
    });
  });
  return { familyId: input.familyId, personId: input.personId };
}

export async function removeFamilyMember(ctx: ScopedContext, input: FamilyMemberRemove) {
  const action = "family.member.remove";
  const before = await memberInScope(ctx, input.familyId, input.personId, action);
  await ctx.db.transaction(async (tx) => {
    await updateFamily(tx, input.familyId, {}, [], [input.personId]);
    // The reason is the worker's own account of why, kept with the removal it explains.
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: input.familyId,
      detail: { personId: input.personId, reason: input.reason, before: { role: before.role } },
    });
  });
  return { familyId: input.familyId, personId: input.personId };
}

export async function changeFamilyMember(ctx: ScopedContext, input: FamilyMemberChange) {
  const action = "family.member.change";
  const before = await memberInScope(ctx, input.familyId, input.personId, action);
  await ctx.db.transaction(async (tx) => {
    if (input.role) await setFamilyMemberRole(tx, input.familyId, input.personId, input.role);
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: input.familyId,
      detail: { personId: input.personId, fields: ["role"], after: { role: input.role }, before: { role: before.role } },
    });
  });
  return { familyId: input.familyId, personId: input.personId };
}

/**
 * How one member relates to another and whether they hold parental responsibility for them,
 * which is held only for a child of the family.
 */
export async function changeFamilyRelationship(ctx: ScopedContext, input: FamilyRelationshipChange) {
  const action = "family.relationship.change";
  await memberInScope(ctx, input.familyId, input.personId, action);
  const relative = await memberInScope(ctx, input.familyId, input.relativeId, action);
  if (input.parentalResponsibility && relative.role !== "child")
    throw fieldError("parentalResponsibility", "Parental responsibility is held for a child");
  const before = await relationshipBetween(ctx.db, input.personId, input.relativeId);
  await ctx.db.transaction(async (tx) => {
    await saveRelationship(tx, {
      personId: input.personId,
      relativeId: input.relativeId,
      relationship: input.relationship,
      parentalResponsibility: input.parentalResponsibility,
    });
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: input.familyId,
      detail: {
        personId: input.personId,
        relativeId: input.relativeId,
        after: { relationship: input.relationship, parentalResponsibility: input.parentalResponsibility },
        before: before ? { relationship: before.relationship, parentalResponsibility: before.parentalResponsibility } : null,
      },
    });
  });
  return { familyId: input.familyId, personId: input.personId, relativeId: input.relativeId };
}
