import { claimDelivery, messageContextForReferral, settleDelivery } from "@hearth/db";
import { formatDate, programmeMessageKey, renderProgrammeMessage } from "@hearth/domain";
import { UnrecoverableError } from "bullmq";
import { sendClaimed } from "../notifications/send-claimed";
import { RetryableSendError } from "../notifications/transport";
import type { Processor } from "./types";

type Context = NonNullable<Awaited<ReturnType<typeof messageContextForReferral>>>;

/** Why a message should no longer go, or null: a reminder only for a family still enrolled on a run still on. */
function noLongerApplies(kind: string, c: Context): string | null {
  if (c.runStatus === "cancelled") return "run is cancelled";
  if (kind === "programme_session_reminder" && c.status !== "enrolled") return "family is not enrolled";
  if (kind === "programme_place_offered" && c.status !== "offered") return "offer already answered";
  return null;
}

/**
 * Tells a family about their place on a programme (offered, confirmed) or reminds them of
 * tomorrow's session, exactly once: the ledger key (the outbox row, or the session date) is
 * claimed before anything is sent.
 */
export const sendProgrammeMessageProcessor: Processor<"notifications.send-programme"> = async (payload, deps, attempt) => {
  const now = deps.now();
  const claim = await claimDelivery(deps.db, {
    key: programmeMessageKey(payload.kind, payload.referralId, payload.about),
    kind: payload.kind,
    bookingId: null,
    referralId: payload.referralId,
    transport: deps.transport.name,
    now,
    staleBefore: new Date(now.getTime() - deps.settings.staleClaimMs),
  });
  if (claim.action === "done") return { status: claim.status };
  if (claim.action === "busy") throw new RetryableSendError("another worker is sending this message");
  const context = await messageContextForReferral(deps.db, payload.referralId);
  if (!context) throw new UnrecoverableError("referral not found");
  const suppressed = noLongerApplies(payload.kind, context);
  if (suppressed) {
    await settleDelivery(deps.db, claim.delivery.id, { status: "suppressed", now, error: suppressed });
    return { status: "suppressed" };
  }
  const sms = context.mobile ? { channel: "sms" as const, to: context.mobile } : null;
  const email = context.email ? { channel: "email" as const, to: context.email } : null;
  const to = context.preferredChannel === "email" ? (email ?? sms) : (sms ?? email);
  if (!to) {
    await settleDelivery(deps.db, claim.delivery.id, { status: "no_contact", now, error: "no mobile or email" });
    return { status: "no_contact" };
  }
  const sessionDate = payload.kind === "programme_session_reminder" ? payload.about : context.sessionDates[0];
  const message = renderProgrammeMessage(payload.kind, {
    carerFirstName: context.carerName.split(/\s+/)[0]!,
    programmeName: context.programmeName,
    venue: context.venue,
    when: `${sessionDate ? formatDate(sessionDate) : "soon"}, ${context.schedule.startTime} to ${context.schedule.endTime}`,
    contact: `the ${context.areaName ?? "county"} Family Support Service`,
  });
  const result = await sendClaimed(deps, claim, { ...to, ...message }, attempt.isLast);
  if (result.permanentError) throw new UnrecoverableError(result.permanentError.message);
  return { status: result.status, ...(result.reconciled ? { reconciled: true } : {}) };
};
