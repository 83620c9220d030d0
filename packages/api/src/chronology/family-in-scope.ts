import { getFamily, type Db } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { assertRecordInScope } from "../trpc";

type LoadedFamily = NonNullable<Awaited<ReturnType<typeof getFamily>>>;

/**
 * Runs `work` on the family inside one transaction when the reader may open it. A family outside
 * the reader's area is answered exactly as an unknown one, and the refusal audited on its own
 * connection after the transaction, so it survives.
 */
export async function withFamilyInScope<T>(
  ctx: ScopedContext,
  familyId: string,
  action: string,
  work: (tx: Db, family: LoadedFamily) => Promise<T>,
): Promise<T> {
  let found: LoadedFamily | null = null;
  const result = await ctx.db.transaction(async (tx) => {
    found = await getFamily(tx, familyId);
    if (!found || !canSeeArea(ctx.scope, found.areaId)) return { done: false as const };
    return { done: true as const, value: await work(tx, found) };
  });
  if (!result.done) await assertRecordInScope(ctx, found, { action, entityType: "family", entityId: familyId });
  return (result as { value: T }).value;
}
