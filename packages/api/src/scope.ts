/**
 * The one way to reach a record by its id (issue 10 §1): load it, check the caller may see it,
 * then run the handler, which audits what it read or changed. An unknown id and a record outside
 * the caller's scope get the same answer (NOT_FOUND, so probing ids reveals nothing about other
 * areas), and the refusal is audited on its own connection, so it survives the rollback.
 *
 * Scope here is the record's owning area (canSeeArea) unless the caller says otherwise. A person's
 * own record has a further rule, restrictions and break-the-glass, in record-access/; a centre's
 * records (sessions, series, bookings, closures) are checked per procedure by
 * centreResourceProcedure in trpc.ts, since the centre, not the area, decides there.
 */
import type { Db } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import type { Context } from "./context";
import { audit, denied } from "./trpc";

type ScopedContext = Context & { scope: NonNullable<Context["scope"]> };

/** What an access to one record is audited as. */
export interface RecordEvent {
  action: string;
  entityType: string;
  entityId: string;
}

/** Whether the caller may see the record; by default, whether they may see its owning area. */
export type Visible<R> = (ctx: ScopedContext, record: R) => boolean;

const inOwningArea: Visible<{ areaId: string | null }> = (ctx, record) => canSeeArea(ctx.scope, record.areaId);

/** Audits the refusal of a record that is unknown or out of scope, and returns the error to throw. */
function refused(ctx: ScopedContext, event: RecordEvent, found: boolean) {
  return denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: found ? "out of area" : "unknown id" } });
}

/**
 * The record, if the caller may see it; otherwise the refusal is audited and thrown. For changes
 * that check first and then open their own transaction.
 */
export async function recordInScope<R>(
  ctx: ScopedContext,
  event: RecordEvent,
  load: (db: Db) => Promise<R | null>,
  visible: Visible<R> = inOwningArea as Visible<R>,
): Promise<R> {
  const record = await load(ctx.db);
  if (!record || !visible(ctx, record)) throw await refused(ctx, event, !!record);
  return record;
}

/**
 * Loads the record and runs `handler` on it in one transaction, when the caller may see it: the
 * handler's reads, writes and audit rows commit together. A refusal is audited after the
 * transaction has ended, on its own connection (PGlite has only one).
 */
export async function withRecordInScope<R, T>(
  ctx: ScopedContext,
  event: RecordEvent,
  load: (tx: Db) => Promise<R | null>,
  handler: (tx: Db, record: R) => Promise<T>,
  visible: Visible<R> = inOwningArea as Visible<R>,
): Promise<T> {
  const outcome = await ctx.db.transaction(async (tx) => {
    const record = await load(tx);
    if (!record || !visible(ctx, record)) return { opened: false as const, found: !!record };
    return { opened: true as const, value: await handler(tx, record) };
  });
  if (!outcome.opened) throw await refused(ctx, event, outcome.found);
  return outcome.value;
}

/** The commonest case: a record read as it is, its read audited as `event` in the same transaction. */
export function readAudited<R>(ctx: ScopedContext, event: RecordEvent, load: (tx: Db) => Promise<R | null>, visible?: Visible<R>): Promise<R> {
  return withRecordInScope(
    ctx,
    event,
    load,
    async (tx, record) => {
      await audit(ctx, tx, event);
      return record;
    },
    visible,
  );
}
