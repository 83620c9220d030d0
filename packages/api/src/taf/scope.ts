import { loadTaf, type Db, type TafRecord } from "@hearth/db";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { withRecordInScope } from "../scope";
import { audit } from "../trpc";

/**
 * A Team Around the Family belongs to its family's area: reached only through here, so another
 * area's team is answered exactly like an unknown one, and the refusal audited.
 */
export function withTafInScope<T>(ctx: ScopedContext, tafId: string, action: string, work: (tx: Db, record: TafRecord) => Promise<T>) {
  return withRecordInScope(ctx, { action, entityType: "taf", entityId: tafId }, (tx) => loadTaf(tx, tafId), work);
}

/** Audits a read or change of a team, and of its family, in the caller's transaction. */
export async function auditTaf(
  ctx: ScopedContext,
  tx: Db,
  action: string,
  record: { id: string; familyId: string },
  detail: Record<string, unknown> = {},
) {
  await audit(ctx, tx, { action, entityType: "taf", entityId: record.id, detail });
  await audit(ctx, tx, { action, entityType: "family", entityId: record.familyId, detail: { tafId: record.id } });
}

/** A closed team is a record of what happened: nothing more is added to it. */
export function mustBeOpen(record: TafRecord) {
  if (record.status !== "open")
    throw new TRPCError({ code: "CONFLICT", message: "This team around the family is closed: nothing more can be added" });
}
