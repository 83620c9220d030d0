import { activeStaffMember, claimDelivery, listWorkItems, settleDelivery } from "@hearth/db";
import { countWork, staffHomePath, workDigestKey, workDigestMessage, workItemStatus } from "@hearth/domain";
import { PermanentSendError, RetryableSendError } from "../notifications/transport";
import type { Processor } from "./types";

/**
 * One member of staff's morning email, once per day: counts of what is due and overdue and a link
 * to their home page. Email leaves the council's systems, so it names no family and no task; the
 * reference is the ledger's number. Counted at send time, so it is right even if the job waited.
 */
export const sendWorkDigestProcessor: Processor<"work.send-digest"> = async (payload, deps, attempt) => {
  const { db, transport } = deps;
  const now = deps.now();
  const staff = await activeStaffMember(db, payload.staffId);
  if (!staff) return { status: "not active" };
  const items = await listWorkItems(db, { staffIds: [staff.id] });
  if (!items.length) return { status: "nothing due" };

  const claim = await claimDelivery(db, {
    key: workDigestKey(staff.id, payload.day),
    kind: "work_digest",
    bookingId: null,
    transport: transport.name,
    now,
    staleBefore: new Date(now.getTime() - deps.settings.staleClaimMs),
  });
  if (claim.action === "done") return { status: claim.status };
  if (claim.action === "busy") throw new RetryableSendError("another worker is sending this digest");
  const { delivery } = claim;
  const reference = String(delivery.id);
  if (claim.action === "reconcile") {
    const found = await transport.findSent({ reference, deliveryId: delivery.id, channel: "email" });
    if (found && found !== "unknown") {
      await settleDelivery(db, delivery.id, { status: "sent", now, providerId: found.providerId, channel: "email" });
      return { status: "sent", reconciled: true };
    }
  }

  const counts = countWork(items.map((item) => workItemStatus(item.dueOn, payload.day)));
  const message = workDigestMessage(counts, new URL(staffHomePath(staff.role), deps.settings.publicBaseUrl).href);
  try {
    const sent = await transport.send({ channel: "email", to: staff.email, ...message, reference, deliveryId: delivery.id });
    await settleDelivery(db, delivery.id, { status: "sent", now: deps.now(), providerId: sent.providerId, channel: "email" });
    return { status: "sent", ...counts };
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
