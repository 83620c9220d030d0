import { audit } from "../trpc";
import { showFamily, type ScopedContext } from "./family-view";
import { withFamilyInScope } from "./open-record";

/**
 * Opens a family record: the family read and each member shown are audited in one transaction.
 * A family outside the reader's area is answered as unknown, and that refusal audited on its own.
 */
export function readFamily(ctx: ScopedContext, familyId: string) {
  return withFamilyInScope(ctx, familyId, "family.read", async (tx, found) => {
    const family = await showFamily(ctx, tx, found);
    await audit(ctx, tx, {
      action: "family.read",
      entityType: "family",
      entityId: familyId,
      detail: { membersOutsideYourArea: family.membersOutsideYourArea },
    });
    return family;
  });
}
