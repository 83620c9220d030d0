import { failedDeliveries, latestOutboxMessages } from "@hearth/db";
import { maskManageLinks } from "@hearth/domain";
import type { Context } from "../context";
import { bookingsHidingChildren } from "../record-access/restricted-in-lists";
import { audit } from "../trpc";
import { messageScope } from "./message-scope";

type ScopedContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };

/** The outbox (where messages go when neither Notify nor SMTP is configured), newest first. */
export async function readOutbox(ctx: ScopedContext, limit: number) {
  const messages = await latestOutboxMessages(ctx.db, { scope: messageScope(ctx.scope), limit });
  // Messages name families and their contact details: reading them is audited like a record.
  await audit(ctx, ctx.db, { action: "outbox.read", entityType: "outbox", detail: { count: messages.length } });
  // A message about a restricted child names the child and their carer: staff not named on the
  // restriction see only whom to contact.
  const hidden = await bookingsHidingChildren(
    ctx,
    ctx.db,
    messages.map((m) => m.bookingId),
  );
  // A live manage link would let staff act as the family: they see what was said, not the key.
  return messages.map((m) => {
    const restricted = hidden.get(m.bookingId);
    if (restricted !== undefined) return { ...m, recipient: restricted, subject: restricted, body: restricted };
    return { ...m, subject: maskManageLinks(m.subject), body: maskManageLinks(m.body) };
  });
}

/** The dead letters, each with why it failed. */
export async function readFailedMessages(ctx: ScopedContext, limit: number) {
  const rows = await failedDeliveries(ctx.db, { scope: messageScope(ctx.scope), limit });
  await audit(ctx, ctx.db, { action: "failed-messages.read", entityType: "outbox", detail: { count: rows.length } });
  const hidden = await bookingsHidingChildren(
    ctx,
    ctx.db,
    rows.map((r) => r.bookingId),
  );
  return rows.map((r) => ({ ...r, carerName: hidden.get(r.bookingId) ?? r.carerName }));
}
