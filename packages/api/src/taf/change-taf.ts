import {
  closeTaf,
  getFamily,
  insertTafAction,
  insertTafMeeting,
  insertTafMember,
  loadTaf,
  recordTafMeetingMinutes,
  recordTafReview,
  scheduleTafMeeting,
  scheduleTafReview,
  setTafActionStatus,
  type Db,
  type TafRecord,
} from "@hearth/db";
import {
  formatDate,
  londonDateOf,
  nextTafReviewDue,
  tafReviewDateProblem,
  type TafActionAdd,
  type TafActionStatusChange,
  type TafClose,
  type TafMeeting,
  type TafMeetingSchedule,
  type TafMemberAdd,
  type TafReviewRecord,
  type TafReviewSchedule,
} from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { accessToPeople } from "../record-access/person-access";
import { fieldError } from "../trpc";
import { auditTaf, mustBeOpen, withTafInScope } from "./scope";
import { tafDetail } from "./taf-view";

/**
 * Every change to an open team: checked, written and audited in one transaction, answered with the
 * team as the caller may now see it. A refusal names the field in plain English; nothing is written.
 */
function changeTaf(
  ctx: ScopedContext,
  tafId: string,
  action: string,
  change: (tx: Db, record: TafRecord, today: string) => Promise<Record<string, unknown> | void>,
) {
  return withTafInScope(ctx, tafId, action, async (tx, record) => {
    mustBeOpen(record);
    const detail = (await change(tx, record, londonDateOf(ctx.now()))) ?? {};
    await auditTaf(ctx, tx, action, record, detail);
    return tafDetail(ctx, tx, (await loadTaf(tx, record.id))!);
  });
}

const notInFuture = (field: string, on: string, today: string, what: string) => {
  if (on > today) throw fieldError(field, `The ${what} must be today or in the past`);
};
const notBeforeStart = (field: string, on: string, record: TafRecord, what: string) => {
  if (on < record.startedOn) throw fieldError(field, `The ${what} cannot be before the team started, on ${formatDate(record.startedOn)}`);
};

export function addTafMember(ctx: ScopedContext, input: TafMemberAdd) {
  return changeTaf(ctx, input.tafId, "taf.addMember", async (tx, record) => {
    if (input.kind === "family") {
      const family = (await getFamily(tx, record.familyId))!;
      const member = family.members.find((m) => m.personId === input.personId);
      const access = member ? await accessToPeople(ctx, tx, [{ id: member.personId, areaId: member.areaId }]) : null;
      if (!member || !access?.get(member.personId)?.open) throw fieldError("personId", "Choose a member of the family");
      if (record.members.some((m) => m.personId === member.personId)) throw fieldError("personId", "This family member is already in the team");
      await insertTafMember(tx, {
        tafId: record.id,
        kind: "family",
        personId: member.personId,
        name: `${member.firstName} ${member.lastName}`,
        agency: null,
        role: null,
        contact: input.contact ?? null,
        addedBy: ctx.staff.id,
      });
      return { kind: input.kind };
    }
    if (input.kind === "agency" && !input.agency) throw fieldError("agency", "Enter the agency");
    const { id } = await insertTafMember(tx, {
      tafId: record.id,
      kind: input.kind,
      personId: null,
      name: input.name,
      agency: input.agency ?? null,
      role: input.role ?? null,
      contact: input.contact ?? null,
      addedBy: ctx.staff.id,
    });
    return { kind: input.kind, memberId: id };
  });
}

export function scheduleMeeting(ctx: ScopedContext, input: TafMeetingSchedule) {
  return changeTaf(ctx, input.tafId, input.meetingId ? "taf.moveMeeting" : "taf.scheduleMeeting", async (tx, record, today) => {
    const problem = tafReviewDateProblem(input.scheduledOn, today, "meeting");
    if (problem) throw fieldError("scheduledOn", problem);
    const scheduled = await scheduleTafMeeting(tx, { ...input, tafId: record.id, recordedBy: ctx.staff.id });
    if (!scheduled) throw fieldError("meetingId", "Choose a meeting of this team that is still to be held");
    return { meetingId: scheduled.id, scheduledOn: input.scheduledOn };
  });
}

/** The minutes of a meeting held: of one scheduled here, or of one held without being scheduled. */
export function recordTafMeeting(ctx: ScopedContext, input: TafMeeting) {
  return changeTaf(ctx, input.tafId, "taf.recordMeeting", async (tx, record, today) => {
    notInFuture("heldOn", input.heldOn, today, "meeting date");
    notBeforeStart("heldOn", input.heldOn, record, "meeting");
    const { tafId: _tafId, meetingId, ...minutes } = input;
    if (meetingId) {
      if (!(await recordTafMeetingMinutes(tx, { ...minutes, tafId: record.id, meetingId, recordedBy: ctx.staff.id })))
        throw fieldError("meetingId", "Choose a meeting of this team that is still to be held");
      return { meetingId };
    }
    const { id } = await insertTafMeeting(tx, { ...minutes, tafId: record.id, recordedBy: ctx.staff.id });
    return { meetingId: id };
  });
}

export function addTafAction(ctx: ScopedContext, input: TafActionAdd) {
  return changeTaf(ctx, input.tafId, "taf.addAction", async (tx, record) => {
    if (!record.desiredOutcomes.includes(input.outcome)) throw fieldError("outcome", "Choose one of the assessment's desired outcomes");
    notBeforeStart("dueOn", input.dueOn, record, "due date");
    const { id } = await insertTafAction(tx, {
      tafId: record.id,
      action: input.action,
      owner: input.owner,
      agency: input.agency ?? null,
      dueOn: input.dueOn,
      outcome: input.outcome,
    });
    return { actionId: id };
  });
}

export function changeTafActionStatus(ctx: ScopedContext, input: TafActionStatusChange) {
  return changeTaf(ctx, input.tafId, "taf.setActionStatus", async (tx, record) => {
    if (!(await setTafActionStatus(tx, { tafId: record.id, actionId: input.actionId, status: input.status })))
      throw fieldError("actionId", "Choose an action from this plan");
    return { actionId: input.actionId, status: input.status };
  });
}

export function scheduleReview(ctx: ScopedContext, input: TafReviewSchedule) {
  return changeTaf(ctx, input.tafId, "taf.scheduleReview", async (tx, record, today) => {
    const problem = tafReviewDateProblem(input.dueOn, today);
    if (problem) throw fieldError("dueOn", problem);
    await scheduleTafReview(tx, { tafId: record.id, dueOn: input.dueOn });
    return { dueOn: input.dueOn };
  });
}

export function recordReview(ctx: ScopedContext, input: TafReviewRecord) {
  return changeTaf(ctx, input.tafId, "taf.recordReview", async (tx, record, today) => {
    notInFuture("heldOn", input.heldOn, today, "review date");
    notBeforeStart("heldOn", input.heldOn, record, "review");
    const nextDueOn = nextTafReviewDue(input.heldOn, ctx.config.taf.reviewWeeks);
    await recordTafReview(tx, { tafId: record.id, heldOn: input.heldOn, summary: input.summary, recordedBy: ctx.staff.id, nextDueOn });
    return { nextDueOn };
  });
}

export function closeTeam(ctx: ScopedContext, input: TafClose) {
  return changeTaf(ctx, input.tafId, "taf.close", async (tx, record, today) => {
    notInFuture("closedOn", input.closedOn, today, "closing date");
    notBeforeStart("closedOn", input.closedOn, record, "closing date");
    await closeTaf(tx, { tafId: record.id, closedOn: input.closedOn, reason: input.reason, summary: input.summary, closedBy: ctx.staff.id });
    return { reason: input.reason };
  });
}
