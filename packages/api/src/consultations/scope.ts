import { getConsultation, type Db } from "@hearth/db";
import type { ScopedContext } from "../families/family-view";
import { assertRecordInScope, audit } from "../trpc";
import { canSeeArea } from "@hearth/domain";

export type LoadedConsultation = NonNullable<Awaited<ReturnType<typeof getConsultation>>>;

/**
 * Runs `work` on a consultation in one transaction when it belongs to the reader's area. Another
 * area's consultation is answered exactly like an unknown one, and the refusal audited once, on
 * its own connection after the transaction, so it survives.
 */
export async function withConsultationInScope<T>(
  ctx: ScopedContext,
  consultationId: string,
  action: string,
  work: (tx: Db, consultation: LoadedConsultation) => Promise<T>,
): Promise<T> {
  let found: LoadedConsultation | null = null;
  const result = await ctx.db.transaction(async (tx) => {
    found = await getConsultation(tx, consultationId);
    if (!found || !canSeeArea(ctx.scope, found.areaId)) return { done: false as const };
    return { done: true as const, value: await work(tx, found) };
  });
  if (!result.done) await assertRecordInScope(ctx, found, { action, entityType: "consultation", entityId: consultationId });
  return (result as { value: T }).value;
}

/** Audits a change or read of a consultation, and of the named family and children it touches. */
export async function auditConsultation(
  ctx: ScopedContext,
  tx: Db,
  action: string,
  consultation: { id: string; familyId: string | null },
  childIds: readonly string[],
  detail: Record<string, unknown> = {},
) {
  await audit(ctx, tx, { action, entityType: "consultation", entityId: consultation.id, detail });
  if (consultation.familyId)
    await audit(ctx, tx, { action, entityType: "family", entityId: consultation.familyId, detail: { consultationId: consultation.id } });
  for (const personId of childIds)
    await audit(ctx, tx, { action, entityType: "person", entityId: personId, detail: { consultationId: consultation.id } });
}
