import { getContactDetails, saveContactDetails } from "@hearth/db";
import type { FamilyMemberContactChange } from "@hearth/domain";
import { audit } from "../trpc";
import { memberInScope } from "./family-members";
import type { ScopedContext } from "./family-view";

const contactFields = [
  "mobilePhone",
  "otherPhone",
  "email",
  "address",
  "preferredChannel",
  "consentToContact",
  "consentRecordedOn",
  "safeToLeaveMessage",
] as const;
type Contact = Partial<Record<(typeof contactFields)[number], unknown>>;

/**
 * A member's contact details changed in place. The form sends them whole; the audit names the
 * fields that changed and what each said before, so a wrong change can be put back.
 */
export async function changeMemberContact(ctx: ScopedContext, input: FamilyMemberContactChange) {
  const action = "family.member.contact.change";
  await memberInScope(ctx, input.familyId, input.personId, action);
  return ctx.db.transaction(async (tx) => {
    const before: Contact | null = await getContactDetails(tx, { personId: input.personId });
    const after = await saveContactDetails(tx, { personId: input.personId, details: input.contact });
    const changed = contactFields.filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify((after as Contact)[f] ?? null));
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: input.familyId,
      detail: { personId: input.personId, fields: changed, before: before ? Object.fromEntries(changed.map((f) => [f, before[f] ?? null])) : null },
    });
    return { familyId: input.familyId, personId: input.personId, fields: [...changed] };
  });
}
