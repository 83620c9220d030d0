import { claimDelivery, settleDelivery, type Db } from "@hearth/db";
import { PermanentSendError, RetryableSendError } from "../notifications/transport";
import type { Attempt, ProcessorDeps } from "./types";

export interface EmailOnce {
  /** The delivery ledger's key: the one email this is, however often the job runs. */
  key: string;
  kind: string;
  to: string;
  /** Made only once the email is claimed; null when there is nothing to send after all. */
  compose: () => Promise<{ subject: string; body: string } | null>;
  /**
   * What the email's being sent changes beside the ledger (the time feedback was given), written
   * in the same transaction as the ledger's "sent", and again if an earlier run sent it but stopped
   * before recording it.
   */
  onSent?: (tx: Db, at: Date) => Promise<unknown>;
}

/**
 * Every staff and professional email goes through here: claimed in the delivery ledger first, so
 * it goes once; a claim left by a worker that stopped mid-send is checked with the transport before
 * sending again; the ledger's number is the only reference the transport sees, so nothing about a
 * family leaves in it. A permanent failure is recorded and not retried; a retryable one is retried
 * by BullMQ and recorded as a technical failure on the last attempt.
 */
export async function sendEmailOnce(deps: ProcessorDeps, attempt: Attempt, email: EmailOnce): Promise<{ status: string; reconciled?: true }> {
  const { db, transport } = deps;
  const now = deps.now();
  const markSent = (deliveryId: number, at: Date, providerId: string) =>
    db.transaction(async (tx) => {
      await settleDelivery(tx, deliveryId, { status: "sent", now: at, providerId, channel: "email" });
      await email.onSent?.(tx, at);
    });
  const claim = await claimDelivery(db, {
    key: email.key,
    kind: email.kind,
    bookingId: null,
    transport: transport.name,
    now,
    staleBefore: new Date(now.getTime() - deps.settings.staleClaimMs),
  });
  if (claim.action === "done") {
    if (claim.status === "sent" || claim.status === "delivered") await email.onSent?.(db, now);
    return { status: claim.status };
  }
  if (claim.action === "busy") throw new RetryableSendError(`another worker is sending this ${email.kind} email`);
  const { delivery } = claim;
  const reference = String(delivery.id);
  if (claim.action === "reconcile") {
    const found = await transport.findSent({ reference, deliveryId: delivery.id, channel: "email" });
    if (found && found !== "unknown") {
      await markSent(delivery.id, now, found.providerId);
      return { status: "sent", reconciled: true };
    }
  }
  const message = await email.compose();
  if (!message) {
    await settleDelivery(db, delivery.id, { status: "suppressed", now: deps.now(), channel: "email" });
    return { status: "suppressed" };
  }
  try {
    const sent = await transport.send({ channel: "email", to: email.to, ...message, reference, deliveryId: delivery.id });
    await markSent(delivery.id, deps.now(), sent.providerId);
    return { status: "sent" };
  } catch (error) {
    if (error instanceof PermanentSendError) {
      await settleDelivery(db, delivery.id, { status: "permanent_failure", now: deps.now(), error: error.message, channel: "email" });
      return { status: "permanent_failure" };
    }
    if (error instanceof RetryableSendError)
      await settleDelivery(db, delivery.id, {
        status: attempt.isLast ? "technical_failure" : "retrying",
        now: deps.now(),
        error: error.message,
        channel: "email",
      });
    throw error;
  }
}
