import { consultationForFeedback, markReferrerFeedbackGiven } from "@hearth/db";
import { consultationReference, referrerFeedbackKey, referrerFeedbackMessage, type ConsultationOutcome } from "@hearth/domain";
import { sendEmailOnce } from "./send-email-once";
import type { Processor } from "./types";

/**
 * Tells the professional who rang the advice line that a decision was made (issue 11 §1): the
 * reference and what happens next, nothing about the child. Once per consultation: the ledger's
 * key is the consultation. The time is recorded on the consultation only when the transport has
 * taken the email, so "feedback sent" never means "we meant to". A permanent failure leaves the
 * consultation awaiting feedback, where My work shows it to the worker to ring the referrer.
 */
export const sendConsultationFeedbackProcessor: Processor<"consultations.send-feedback"> = async (payload, deps, attempt) => {
  const consultation = await consultationForFeedback(deps.db, payload.consultationId);
  if (!consultation) return { status: "unknown consultation" };
  if (consultation.status !== "awaiting_feedback" || consultation.feedbackSentAt) return { status: "not awaiting feedback" };
  if (!consultation.callerEmail) return { status: "no email" };
  return sendEmailOnce(deps, attempt, {
    key: referrerFeedbackKey(consultation.id),
    kind: "consultation_feedback",
    to: consultation.callerEmail,
    compose: () =>
      Promise.resolve(
        referrerFeedbackMessage({
          reference: consultationReference(consultation.number),
          outcome: consultation.outcome as ConsultationOutcome,
          callerName: consultation.callerName,
        }),
      ),
    onSent: (tx, at) => markReferrerFeedbackGiven(tx, { consultationId: consultation.id, at, method: "email", recordedBy: null, note: null }),
  });
};
