import { adviceRequestForEmail, hashToken, issueAdviceLink, newToken } from "@hearth/db";
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
import { sendEmailOnce as sendOnce } from "./send-email-once";
import type { Processor } from "./types";

/**
 * Emails to a professional who asked LCSS for advice online (issue 11 §2). Each is claimed in the
 * delivery ledger first, so however often BullMQ runs the job it goes once. They say nothing about
 * the child or the concern; the ledger's number is the reference the transport sees.
 */

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
