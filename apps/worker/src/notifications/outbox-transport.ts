import { insertOutboxMessage, outboxMessageForDelivery, type Db } from "@hearth/db";
import type { Transport } from "./transport";

/** The default when neither Notify nor SMTP is configured: the message is kept for staff to read. */
export function outboxTransport(db: Db): Transport {
  return {
    name: "outbox",
    async send(m) {
      await insertOutboxMessage(db, { deliveryId: m.deliveryId, channel: m.channel, recipient: m.to, subject: m.subject, body: m.body });
      return { providerId: `outbox-${m.deliveryId}` };
    },
    async findSent(m) {
      const row = await outboxMessageForDelivery(db, m.deliveryId);
      return row ? { providerId: `outbox-${m.deliveryId}` } : null;
    },
  };
}
