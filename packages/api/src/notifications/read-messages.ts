import { failedDeliveries, latestOutboxMessages } from "@hearth/db";
import { maskManageLinks } from "@hearth/domain";
import type { Context } from "../context";
import { audit } from "../trpc";
import { messageScope } from "./message-scope";

type ScopedContext = Context & { scope: NonNullable<Context["scope"]> };

/** The outbox (where messages go when neither Notify nor SMTP is configured), newest first. */
export async function readOutbox(ctx: ScopedContext, limit: number) {
  const messages = await latestOutboxMessages(ctx.db, { scope: messageScope(ctx.scope), limit });
  // Messages name families and their contact details: reading them is audited like a record.
  await audit(ctx, ctx.db, { action: "outbox.read", entityType: "outbox", detail: { count: messages.length } });
  // A live manage link would let staff act as the family: they see what was said, not the key.
  return messages.map((m) => ({ ...m, subject: maskManageLinks(m.subject), body: maskManageLinks(m.body) }));
}

/** The dead letters, each with why it failed. */
export async function readFailedMessages(ctx: ScopedContext, limit: number) {
  const rows = await failedDeliveries(ctx.db, { scope: messageScope(ctx.scope), limit });
  await audit(ctx, ctx.db, { action: "failed-messages.read", entityType: "outbox", detail: { count: rows.length } });
  return rows;
}
