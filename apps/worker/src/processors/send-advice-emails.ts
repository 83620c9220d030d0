import { adviceRequestForEmail, claimDelivery, hashToken, issueAdviceLink, newToken, settleDelivery } from "@hearth/db";
import {
  ADVICE_LINK_MINUTES,
  adviceConfirmKey,
  adviceConfirmMessage,
  adviceConfirmUrl,
  adviceLinkExpiresAt,
  advicePickedUpKey,
  advicePickedUpMessage,
  consultationReference,
} from "@hearth/domain";
import { PermanentSendError, RetryableSendError } from "../notifications/transport";
import type { Attempt, Processor, ProcessorDeps } from "./types";

/**
 * Emails to a professional who asked LCSS for advice online (issue 11 §2). Each is claimed in the
 * delivery ledger first, so however often BullMQ runs the job it goes once. They say nothing about
 * the child or the concern; the ledger's number is the reference the transport sees.
 */

type Compose = () => Promise<{ subject: string; body: string } | null>;

async function sendOnce(deps: ProcessorDeps, attempt: Attempt, params: { key: string; kind: string; to: string; compose: Compose }) {
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

/**
 * The one-time link. It is made here, at send time, and only its hash stored, so the token is
 * never in the job's payload, in Redis or in the database; a retried send makes a new link and the
 * old one stops working.
 */
export const sendAdviceConfirmationProcessor: Processor<"adviceRequests.send-confirmation"> = async (payload, deps, attempt) => {
  const request = await adviceRequestForEmail(deps.db, payload.adviceRequestId);
  if (!request) return { status: "no request" };
  if (request.status !== "awaiting_email_confirmation") return { status: "already confirmed" };
  return sendOnce(deps, attempt, {
    key: adviceConfirmKey(request.id),
    kind: "advice_confirm",
    to: request.email,
    compose: async () => {
      const token = newToken();
      const issued = await issueAdviceLink(deps.db, {
        adviceRequestId: request.id,
        tokenHash: hashToken(token),
        expiresAt: adviceLinkExpiresAt(deps.now()),
      });
      if (!issued) return null;
      return adviceConfirmMessage(adviceConfirmUrl(deps.settings.publicBaseUrl, token), ADVICE_LINK_MINUTES / 60);
    },
  });
};

/** A worker has picked up the request: its reference, and that they will call back. */
export const sendAdvicePickedUpProcessor: Processor<"adviceRequests.send-picked-up"> = async (payload, deps, attempt) => {
  const request = await adviceRequestForEmail(deps.db, payload.adviceRequestId);
  if (!request?.consultationNumber) return { status: "not queued" };
  const number = request.consultationNumber;
  return sendOnce(deps, attempt, {
    key: advicePickedUpKey(request.id),
    kind: "advice_picked_up",
    to: request.email,
    compose: () => Promise.resolve(advicePickedUpMessage(consultationReference(number))),
  });
};
