import { insertAllocationMeeting } from "@hearth/db";
import { allocationMeetingDateProblem, londonDateOf, type AllocationMeetingCreate } from "@hearth/domain";
import { possibleKeyWorkers } from "../cases/open-case";
import type { ScopedContext } from "../families/family-view";
import { audit, fieldError, fieldErrors } from "../trpc";

/**
 * A manager records their area's allocation meeting: the day, the FSS staff who attend (staff of
 * the area who may hold cases) and partners by name and agency. Names typed stay out of the audit.
 */
export async function recordAllocationMeeting(ctx: ScopedContext, input: AllocationMeetingCreate) {
  const action = "allocationMeetings.create";
  const areaId = ctx.scope.areaId;
  if (!areaId) throw fieldError("staffIds", "Only a manager working in an area runs its allocation meeting");
  const dateProblem = allocationMeetingDateProblem(input.heldOn, londonDateOf(ctx.now()));
  if (dateProblem) throw fieldError("heldOn", dateProblem);
  return ctx.db.transaction(async (tx) => {
    const staff = new Set((await possibleKeyWorkers(tx, areaId)).map((s) => s.id));
    const problems = input.staffIds.flatMap((id, i) => (staff.has(id) ? [] : [{ field: `staffIds.${i}`, message: "Choose FSS staff of this area" }]));
    if (problems.length) throw fieldErrors(problems);
    const meeting = await insertAllocationMeeting(tx, { areaId, recordedBy: ctx.staff.id, ...input });
    await audit(ctx, tx, {
      action,
      entityType: "allocation_meeting",
      entityId: meeting.id,
      detail: { heldOn: input.heldOn, staffIds: input.staffIds, partners: input.partners.length },
    });
    return { meetingId: meeting.id };
  });
}
