import { claimDelivery, settleDelivery } from "@hearth/db";
import { PermanentSendError, RetryableSendError } from "../notifications/transport";
import type { Attempt, ProcessorDeps } from "./types";

/**
 * One email, at most once for its ledger key however often BullMQ runs the job: claimed in the
 * delivery ledger first, reconciled with the transport after a crash, composed only once claimed
 * (null suppresses it), and settled with the transport's answer. The ledger's number is the
 * reference the transport sees, so nothing about a family travels in it.
 */
export type Compose = () => Promise<{ subject: string; body: string } | null>;

export async function sendEmailOnce(deps: ProcessorDeps, attempt: Attempt, params: { key: string; kind: string; to: string; compose: Compose }) {
  const { db, transport } = deps;
  const now = deps.now();
  const claim = await claimDelivery(db, {
    key: params.key,
    kind: params.kind,
    bookingId: null,
    transport: transport.name,
    now,
    staleBefore: new Date(now.getTime() - deps.settings.staleClaimMs),
  });
  if (claim.action === "done") return { status: claim.status };
  if (claim.action === "busy") throw new RetryableSendError("another worker is sending this email");
  const { delivery } = claim;
  const reference = String(delivery.id);
  if (claim.action === "reconcile") {
    const found = await transport.findSent({ reference, deliveryId: delivery.id, channel: "email" });
    if (found && found !== "unknown") {
      await settleDelivery(db, delivery.id, { status: "sent", now, providerId: found.providerId, channel: "email" });
      return { status: "sent", reconciled: true };
    }
  }
  const message = await params.compose();
  if (!message) {
    await settleDelivery(db, delivery.id, { status: "suppressed", now: deps.now(), channel: "email" });
    return { status: "suppressed" };
  }
  try {
    const sent = await transport.send({ channel: "email", to: params.to, ...message, reference, deliveryId: delivery.id });
    await settleDelivery(db, delivery.id, { status: "sent", now: deps.now(), providerId: sent.providerId, channel: "email" });
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
