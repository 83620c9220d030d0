import {
  claimDelivery,
  flagContactProblem,
  hashToken,
  insertManageToken,
  messageContextForBooking,
  newToken,
  settleDelivery,
  type Db,
} from "@hearth/db";
import { describeSessionTime, familyMessageKey, manageLinkExpiresAt, renderFamilyMessage } from "@hearth/domain";
import { UnrecoverableError } from "bullmq";
import { PermanentSendError, RetryableSendError } from "../notifications/transport";
import type { Processor } from "./types";

type Context = NonNullable<Awaited<ReturnType<typeof messageContextForBooking>>>;

/** Why a message should no longer go, or null. A reminder is only for a place still booked. */
function noLongerApplies(kind: string, about: string, c: Context): string | null {
  if (kind !== "session_reminder") return null;
  if (c.status !== "booked") return "booking is not booked";
  if (c.sessionStatus !== "scheduled") return "session is cancelled";
  if (c.startsAt.toISOString() !== about) return "session has moved";
  return null;
}

function route(c: Context): { channel: "sms" | "email"; to: string } | null {
  const sms = c.mobile ? { channel: "sms" as const, to: c.mobile } : null;
  const email = c.email ? { channel: "email" as const, to: c.email } : null;
  return c.preferredChannel === "email" ? (email ?? sms) : (sms ?? email);
}

/** Every message gets a link of its own, so no token is ever stored in plain text to be reused. */
async function issueManageLink(db: Db, c: Context, baseUrl: string): Promise<string> {
  const token = newToken();
  await insertManageToken(db, { bookingId: c.bookingId, tokenHash: hashToken(token), expiresAt: manageLinkExpiresAt(c.endsAt) });
  return new URL(`/centres/booking/manage#${token}`, baseUrl).href;
}

/**
 * Sends one message to one family, exactly once: the ledger key is claimed first; a claim left by
 * a dead worker is checked with the transport before anything is sent again.
 */
export const sendFamilyMessageProcessor: Processor<"notifications.send"> = async (payload, deps, attempt) => {
  const now = deps.now();
  const { db, transport } = deps;
  const claim = await claimDelivery(db, {
    key: familyMessageKey(payload.kind, payload.bookingId, payload.about),
    kind: payload.kind,
    bookingId: payload.bookingId,
    transport: transport.name,
    now,
    // A claim older than a job lock belongs to a worker that died mid-send (BullMQ has given its job
    // to another worker by then); a fresher one is busy, and the retry comes back after it.
    staleBefore: new Date(now.getTime() - deps.settings.staleClaimMs),
  });
  if (claim.action === "done") return { status: claim.status };
  if (claim.action === "busy") throw new RetryableSendError("another worker is sending this message");
  const { delivery } = claim;

  const context = await messageContextForBooking(db, payload.bookingId);
  if (!context) throw new UnrecoverableError("booking not found");
  const suppressed = noLongerApplies(payload.kind, payload.about, context);
  if (suppressed) {
    await settleDelivery(db, delivery.id, { status: "suppressed", now, error: suppressed });
    return { status: "suppressed" };
  }
  const to = route(context);
  if (!to) {
    await settleDelivery(db, delivery.id, { status: "no_contact", now, error: "no mobile or email" });
    return { status: "no_contact" };
  }
  const reference = String(delivery.id);
  if (claim.action === "reconcile") {
    const found = await transport.findSent({ reference, deliveryId: delivery.id, channel: to.channel });
    if (found && found !== "unknown") {
      await settleDelivery(db, delivery.id, { status: "sent", now, providerId: found.providerId, channel: to.channel });
      return { status: "sent", reconciled: true };
    }
  }

  const message = renderFamilyMessage(payload.kind, {
    carerFirstName: context.carerName.split(/\s+/)[0]!,
    sessionTitle: context.sessionTitle,
    centreName: context.centreName,
    when: describeSessionTime(context.startsAt, context.endsAt),
    reference: context.reference,
    manageLink: await issueManageLink(db, context, deps.settings.publicBaseUrl),
    ...(payload.kind === "session_cancelled" && context.cancellationReason ? { cancellationReason: context.cancellationReason } : {}),
  });
  try {
    const sent = await transport.send({ ...to, ...message, reference, deliveryId: delivery.id });
    await settleDelivery(db, delivery.id, { status: "sent", now: deps.now(), providerId: sent.providerId, channel: to.channel });
    return { status: "sent" };
  } catch (error) {
    if (error instanceof PermanentSendError) {
      await settleDelivery(db, delivery.id, { status: "permanent_failure", now: deps.now(), error: error.message, channel: to.channel });
      if (error.badContact)
        await flagContactProblem(db, { familyId: context.familyId, bookingId: context.bookingId, channel: to.channel, reason: error.message });
      throw new UnrecoverableError(error.message);
    }
    if (error instanceof RetryableSendError) {
      // Certainly not sent: the next attempt may go ahead without asking the transport.
      const status = attempt.isLast ? "technical_failure" : "retrying";
      await settleDelivery(db, delivery.id, { status, now: deps.now(), error: error.message, channel: to.channel });
    }
    // Anything else leaves the claim as it is: whether it was sent is unknown, so the retry reconciles.
    throw error;
  }
};
