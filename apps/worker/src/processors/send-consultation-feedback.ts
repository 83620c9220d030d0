import { claimDelivery, consultationForFeedback, markReferrerFeedbackGiven, settleDelivery } from "@hearth/db";
import { consultationReference, referrerFeedbackKey, referrerFeedbackMessage, type ConsultationOutcome } from "@hearth/domain";
import { PermanentSendError, RetryableSendError } from "../notifications/transport";
import type { Processor } from "./types";

/**
 * Tells the professional who rang the advice line that a decision was made (issue 11 §1): the
 * reference and what happens next, nothing about the child. Once per consultation: the ledger's
 * key is the consultation. The time is recorded on the consultation only when the transport has
 * taken the email, so "feedback sent" never means "we meant to". A permanent failure leaves the
 * consultation awaiting feedback, where My work shows it to the worker to ring the referrer.
 */
export const sendConsultationFeedbackProcessor: Processor<"consultations.send-feedback"> = async (payload, deps, attempt) => {
  const { db, transport } = deps;
  const now = deps.now();
  const consultation = await consultationForFeedback(db, payload.consultationId);
  if (!consultation) return { status: "unknown consultation" };
  if (consultation.status !== "awaiting_feedback" || consultation.feedbackSentAt) return { status: "not awaiting feedback" };
  if (!consultation.callerEmail) return { status: "no email" };

  const claim = await claimDelivery(db, {
    key: referrerFeedbackKey(consultation.id),
    kind: "consultation_feedback",
    bookingId: null,
    transport: transport.name,
    now,
    staleBefore: new Date(now.getTime() - deps.settings.staleClaimMs),
  });
  const recordSent = (at: Date) =>
    markReferrerFeedbackGiven(db, { consultationId: consultation.id, at, method: "email", recordedBy: null, note: null });
  if (claim.action === "done") {
    // Sent before, but the worker stopped before recording it on the consultation.
    if (claim.status === "sent" || claim.status === "delivered") await recordSent(now);
    return { status: claim.status };
  }
  if (claim.action === "busy") throw new RetryableSendError("another worker is sending this feedback");
  const { delivery } = claim;
  const reference = String(delivery.id);
  if (claim.action === "reconcile") {
    const found = await transport.findSent({ reference, deliveryId: delivery.id, channel: "email" });
    if (found && found !== "unknown") {
      await db.transaction(async (tx) => {
        await settleDelivery(tx, delivery.id, { status: "sent", now, providerId: found.providerId, channel: "email" });
        await markReferrerFeedbackGiven(tx, { consultationId: consultation.id, at: now, method: "email", recordedBy: null, note: null });
      });
      return { status: "sent", reconciled: true };
    }
  }

  const message = referrerFeedbackMessage({
    reference: consultationReference(consultation.number),
    outcome: consultation.outcome as ConsultationOutcome,
    callerName: consultation.callerName,
  });
  try {
    const sent = await transport.send({ channel: "email", to: consultation.callerEmail, ...message, reference, deliveryId: delivery.id });
    const at = deps.now();
    await db.transaction(async (tx) => {
      await settleDelivery(tx, delivery.id, { status: "sent", now: at, providerId: sent.providerId, channel: "email" });
      await markReferrerFeedbackGiven(tx, { consultationId: consultation.id, at, method: "email", recordedBy: null, note: null });
    });
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
};
