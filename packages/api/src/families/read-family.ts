import { getFamily } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import { assertRecordInScope, audit } from "../trpc";
import { showFamily, type ScopedContext } from "./family-view";

/**
 * Opens a family record: the family read and each member shown are audited in one transaction.
 * A family outside the reader's area is answered as unknown, and that refusal audited on its own.
 */
export async function readFamily(ctx: ScopedContext, familyId: string) {
  const event = { action: "family.read", entityType: "family", entityId: familyId };
  let found: Awaited<ReturnType<typeof getFamily>> = null;
  const shown = await ctx.db.transaction(async (tx) => {
    found = await getFamily(tx, familyId);
    if (!found || !canSeeArea(ctx.scope, found.areaId)) return null;
    const family = await showFamily(ctx, tx, found);
    await audit(ctx, tx, { ...event, detail: { membersOutsideYourArea: family.membersOutsideYourArea } });
    return family;
  });
  if (!shown) await assertRecordInScope(ctx, found, event);
  return shown!;
}
