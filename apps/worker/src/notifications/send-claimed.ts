import { settleDelivery, type Claim, type Db } from "@hearth/db";
import { PermanentSendError, RetryableSendError, type Transport } from "./transport";

type Claimed = Extract<Claim, { action: "send" | "reconcile" }>;

/**
 * The second half of sending a message exactly once, after its ledger key is claimed: a claim left
 * by a dead worker is first checked with the transport; then the message is sent and the ledger
 * settled. A permanent failure is final; a retryable one is recorded and rethrown for BullMQ; any
 * other error leaves the claim as it is, so the retry reconciles rather than sending twice.
 */
export async function sendClaimed(
  deps: { db: Db; transport: Transport; now: () => Date },
  claim: Claimed,
  message: { channel: "sms" | "email"; to: string; subject: string; body: string },
  isLastAttempt: boolean,
): Promise<{ status: string; reconciled?: boolean; permanentError?: PermanentSendError }> {
  const { db, transport } = deps;
  const { delivery } = claim;
  const reference = String(delivery.id);
  if (claim.action === "reconcile") {
    const found = await transport.findSent({ reference, deliveryId: delivery.id, channel: message.channel });
    if (found && found !== "unknown") {
      await settleDelivery(db, delivery.id, { status: "sent", now: deps.now(), providerId: found.providerId, channel: message.channel });
      return { status: "sent", reconciled: true };
    }
  }
  try {
    const sent = await transport.send({ ...message, reference, deliveryId: delivery.id });
    await settleDelivery(db, delivery.id, { status: "sent", now: deps.now(), providerId: sent.providerId, channel: message.channel });
    return { status: "sent" };
  } catch (error) {
    if (error instanceof PermanentSendError) {
      await settleDelivery(db, delivery.id, { status: "permanent_failure", now: deps.now(), error: error.message, channel: message.channel });
      return { status: "permanent_failure", permanentError: error };
    }
    if (error instanceof RetryableSendError)
      await settleDelivery(db, delivery.id, {
        status: isLastAttempt ? "technical_failure" : "retrying",
        now: deps.now(),
        error: error.message,
        channel: message.channel,
      });
    throw error;
  }
}
