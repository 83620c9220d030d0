import { activeStaffMember, listWorkItems } from "@hearth/db";
import { countWork, staffHomePath, workDigestKey, workDigestMessage, workItemStatus } from "@hearth/domain";
import { sendEmailOnce } from "./send-email-once";
import type { Processor } from "./types";

/**
 * One member of staff's morning email, once per day: counts of what is due and overdue and a link
 * to their home page. Email leaves the council's systems, so it names no family and no task. Counted
 * when the job runs, so it is right even if the job waited.
 */
export const sendWorkDigestProcessor: Processor<"work.send-digest"> = async (payload, deps, attempt) => {
  const staff = await activeStaffMember(deps.db, payload.staffId);
  if (!staff) return { status: "not active" };
  const items = await listWorkItems(deps.db, { staffIds: [staff.id] });
  if (!items.length) return { status: "nothing due" };
  const counts = countWork(items.map((item) => workItemStatus(item.dueOn, payload.day)));
  let composed = false;
  const result = await sendEmailOnce(deps, attempt, {
    key: workDigestKey(staff.id, payload.day),
    kind: "work_digest",
    to: staff.email,
    compose: () => {
      composed = true;
      return Promise.resolve(workDigestMessage(counts, new URL(staffHomePath(staff.role), deps.settings.publicBaseUrl).href));
    },
  });
  // The counts are reported only by the run that wrote the email.
  return composed && result.status === "sent" ? { ...result, ...counts } : result;
};
