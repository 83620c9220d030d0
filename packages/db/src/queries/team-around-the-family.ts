import { and, asc, between, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { TafActionStatus, TafClosureReason, TafMemberKind } from "@hearth/domain";
import type { Db } from "../client";
import { earlyHelpAssessments, families, staffUsers, tafActions, tafMeetings, tafMembers, tafReviews, teamsAroundFamilies } from "../schema";

/**
 * Team Around the Family (issue 11 §4): one per completed assessment, with its members, meetings,
 * action plan and reviews. Each function is one responsibility, called inside the API's transaction.
 */
export type TafRow = typeof teamsAroundFamilies.$inferSelect;

/** A team with its family's area (for scope) and everything the team page shows. */
export async function loadTaf(db: Db, tafId: string) {
  const [found] = await db
    .select({
      taf: teamsAroundFamilies,
      areaId: families.areaId,
      familyName: families.name,
      leadName: staffUsers.displayName,
      desiredOutcomes: earlyHelpAssessments.desiredOutcomes,
    })
    .from(teamsAroundFamilies)
    .innerJoin(families, eq(families.id, teamsAroundFamilies.familyId))
    .innerJoin(earlyHelpAssessments, eq(earlyHelpAssessments.id, teamsAroundFamilies.assessmentId))
    .innerJoin(staffUsers, eq(staffUsers.id, teamsAroundFamilies.leadStaffId))
    .where(eq(teamsAroundFamilies.id, tafId));
  if (!found) return null;
  const [members, meetings, actions, reviews] = await Promise.all([
    db.select().from(tafMembers).where(eq(tafMembers.tafId, tafId)).orderBy(asc(tafMembers.addedAt), asc(tafMembers.id)),
    db
      .select()
      .from(tafMeetings)
      .where(eq(tafMeetings.tafId, tafId))
      .orderBy(sql`coalesce(${tafMeetings.heldOn}, ${tafMeetings.scheduledOn}) desc`, desc(tafMeetings.startsAt), desc(tafMeetings.recordedAt)),
    db.select().from(tafActions).where(eq(tafActions.tafId, tafId)).orderBy(asc(tafActions.dueOn), asc(tafActions.createdAt)),
    db.select().from(tafReviews).where(eq(tafReviews.tafId, tafId)).orderBy(desc(tafReviews.dueOn)),
  ]);
  const { taf, ...rest } = found;
  return { ...taf, ...rest, members, meetings, actions, reviews };
}
export type TafRecord = NonNullable<Awaited<ReturnType<typeof loadTaf>>>;

export async function tafOfAssessment(db: Db, assessmentId: string) {
  const [row] = await db
    .select({ id: teamsAroundFamilies.id, status: teamsAroundFamilies.status })
    .from(teamsAroundFamilies)
    .where(eq(teamsAroundFamilies.assessmentId, assessmentId));
  return row ?? null;
}

export async function insertTaf(
  db: Db,
  params: { assessmentId: string; familyId: string; startedOn: string; leadStaffId: string; createdBy: string; firstReviewDueOn: string },
) {
  const [taf] = await db
    .insert(teamsAroundFamilies)
    .values({
      assessmentId: params.assessmentId,
      familyId: params.familyId,
      startedOn: params.startedOn,
      leadStaffId: params.leadStaffId,
      createdBy: params.createdBy,
    })
    .returning({ id: teamsAroundFamilies.id });
  await db.insert(tafReviews).values({ tafId: taf!.id, dueOn: params.firstReviewDueOn });
  return taf!;
}

export async function insertTafMember(
  db: Db,
  member: {
    tafId: string;
    kind: TafMemberKind;
    personId: string | null;
    name: string;
    agency: string | null;
    role: string | null;
    contact: string | null;
    addedBy: string;
  },
) {
  const [row] = await db.insert(tafMembers).values(member).returning({ id: tafMembers.id });
  return row!;
}

export async function insertTafMeeting(
  db: Db,
  meeting: { tafId: string; heldOn: string; attendees: string[]; apologies: string[]; summary: string; recordedBy: string },
) {
  const [row] = await db.insert(tafMeetings).values(meeting).returning({ id: tafMeetings.id });
  return row!;
}

/** Schedules a meeting, or moves one still to hold (`meetingId`); null when that is not this team's meeting still to hold. */
export async function scheduleTafMeeting(
  db: Db,
  params: { tafId: string; meetingId?: string; scheduledOn: string; startsAt: string; venue: string; recordedBy: string },
) {
  const { meetingId, ...meeting } = params;
  if (!meetingId) {
    const [row] = await db.insert(tafMeetings).values(meeting).returning({ id: tafMeetings.id });
    return row!;
  }
  const [moved] = await db
    .update(tafMeetings)
    .set({
      scheduledOn: meeting.scheduledOn,
      startsAt: meeting.startsAt,
      venue: meeting.venue,
      recordedBy: meeting.recordedBy,
      recordedAt: new Date(),
    })
    .where(and(eq(tafMeetings.id, meetingId), eq(tafMeetings.tafId, params.tafId), isNull(tafMeetings.heldOn)))
    .returning({ id: tafMeetings.id });
  return moved ?? null;
}

/** Records the minutes of a scheduled meeting; false when it is not this team's meeting still to hold. */
export async function recordTafMeetingMinutes(
  db: Db,
  params: { tafId: string; meetingId: string; heldOn: string; attendees: string[]; apologies: string[]; summary: string; recordedBy: string },
) {
  const { tafId, meetingId, ...minutes } = params;
  const rows = await db
    .update(tafMeetings)
    .set({ ...minutes, recordedAt: new Date() })
    .where(and(eq(tafMeetings.id, meetingId), eq(tafMeetings.tafId, tafId), isNull(tafMeetings.heldOn)))
    .returning({ id: tafMeetings.id });
  return rows.length > 0;
}

export async function insertTafAction(
  db: Db,
  action: { tafId: string; action: string; owner: string; agency: string | null; dueOn: string; outcome: string },
) {
  const [row] = await db.insert(tafActions).values(action).returning({ id: tafActions.id });
  return row!;
}

/** Sets an action's status; false when the action is not this team's. */
export async function setTafActionStatus(db: Db, params: { tafId: string; actionId: string; status: TafActionStatus }) {
  const rows = await db
    .update(tafActions)
    .set({ status: params.status })
    .where(and(eq(tafActions.id, params.actionId), eq(tafActions.tafId, params.tafId)))
    .returning({ id: tafActions.id });
  return rows.length > 0;
}

/** Moves the review still to hold to a new date, or schedules one when none is pending. */
export async function scheduleTafReview(db: Db, params: { tafId: string; dueOn: string }) {
  const moved = await db
    .update(tafReviews)
    .set({ dueOn: params.dueOn })
    .where(and(eq(tafReviews.tafId, params.tafId), isNull(tafReviews.heldOn)))
    .returning({ id: tafReviews.id });
  if (moved.length) return moved[0]!;
  const [row] = await db.insert(tafReviews).values(params).returning({ id: tafReviews.id });
  return row!;
}

/** Records the pending review as held (or a review held without one pending), then schedules the next. */
export async function recordTafReview(db: Db, params: { tafId: string; heldOn: string; summary: string; recordedBy: string; nextDueOn: string }) {
  const { nextDueOn, ...held } = params;
  const updated = await db
    .update(tafReviews)
    .set({ heldOn: held.heldOn, summary: held.summary, recordedBy: held.recordedBy })
    .where(and(eq(tafReviews.tafId, held.tafId), isNull(tafReviews.heldOn)))
    .returning({ id: tafReviews.id });
  if (!updated.length) await db.insert(tafReviews).values({ ...held, dueOn: held.heldOn });
  await db.insert(tafReviews).values({ tafId: held.tafId, dueOn: nextDueOn });
}

/** Closes the team: the review still to hold is dropped, so it leaves the lead's work. */
export async function closeTaf(db: Db, params: { tafId: string; closedOn: string; reason: TafClosureReason; summary: string; closedBy: string }) {
  await db.delete(tafReviews).where(and(eq(tafReviews.tafId, params.tafId), isNull(tafReviews.heldOn)));
  await db
    .update(teamsAroundFamilies)
    .set({ status: "closed", closedOn: params.closedOn, closureReason: params.reason, closureSummary: params.summary, closedBy: params.closedBy })
    .where(eq(teamsAroundFamilies.id, params.tafId));
}

/** A family's teams for its Involvement page, newest first. */
export function tafsOfFamily(db: Db, familyId: string) {
  return db
    .select({
      id: teamsAroundFamilies.id,
      assessmentId: teamsAroundFamilies.assessmentId,
      status: teamsAroundFamilies.status,
      startedOn: teamsAroundFamilies.startedOn,
      closedOn: teamsAroundFamilies.closedOn,
      closureReason: teamsAroundFamilies.closureReason,
      leadName: staffUsers.displayName,
    })
    .from(teamsAroundFamilies)
    .innerJoin(staffUsers, eq(staffUsers.id, teamsAroundFamilies.leadStaffId))
    .where(eq(teamsAroundFamilies.familyId, familyId))
    .orderBy(desc(teamsAroundFamilies.startedOn), desc(teamsAroundFamilies.createdAt));
}

/**
 * Open teams, soonest next meeting first: an area's (all areas when `areaId` is null), or one
 * lead's. The next meeting is the soonest scheduled from `today` not yet held.
 */
export function listOpenTafs(db: Db, params: { areaId: string | null; leadStaffId?: string; today: string }) {
  const next = db
    .selectDistinctOn([tafMeetings.tafId], {
      tafId: tafMeetings.tafId,
      scheduledOn: tafMeetings.scheduledOn,
      startsAt: tafMeetings.startsAt,
      venue: tafMeetings.venue,
    })
    .from(tafMeetings)
    .where(and(isNull(tafMeetings.heldOn), gte(tafMeetings.scheduledOn, params.today)))
    .orderBy(tafMeetings.tafId, asc(tafMeetings.scheduledOn), asc(tafMeetings.startsAt))
    .as("next_meeting");
  return db
    .select({
      id: teamsAroundFamilies.id,
      familyId: families.id,
      familyName: families.name,
      startedOn: teamsAroundFamilies.startedOn,
      leadName: staffUsers.displayName,
      nextMeetingOn: next.scheduledOn,
      nextMeetingAt: next.startsAt,
      nextReviewOn: tafReviews.dueOn,
    })
    .from(teamsAroundFamilies)
    .innerJoin(families, eq(families.id, teamsAroundFamilies.familyId))
    .innerJoin(staffUsers, eq(staffUsers.id, teamsAroundFamilies.leadStaffId))
    .leftJoin(next, eq(next.tafId, teamsAroundFamilies.id))
    .leftJoin(tafReviews, and(eq(tafReviews.tafId, teamsAroundFamilies.id), isNull(tafReviews.heldOn)))
    .where(
      and(
        eq(teamsAroundFamilies.status, "open"),
        params.areaId ? eq(families.areaId, params.areaId) : undefined,
        params.leadStaffId ? eq(teamsAroundFamilies.leadStaffId, params.leadStaffId) : undefined,
      ),
    )
    .orderBy(sql`${next.scheduledOn} asc nulls last`, sql`${next.startsAt} asc nulls last`, asc(families.name))
    .limit(200);
}

/** Reviews still to hold on open teams led by any of `staffIds`: My work's source. */
export function pendingTafReviews(db: Db, staffIds: string[]) {
  return db
    .select({
      id: tafReviews.id,
      tafId: teamsAroundFamilies.id,
      dueOn: tafReviews.dueOn,
      familyId: families.id,
      familyName: families.name,
      areaId: families.areaId,
      assignedTo: teamsAroundFamilies.leadStaffId,
    })
    .from(tafReviews)
    .innerJoin(teamsAroundFamilies, eq(teamsAroundFamilies.id, tafReviews.tafId))
    .innerJoin(families, eq(families.id, teamsAroundFamilies.familyId))
    .where(and(isNull(tafReviews.heldOn), eq(teamsAroundFamilies.status, "open"), inArray(teamsAroundFamilies.leadStaffId, staffIds)));
}

/** Scheduled meetings of open teams on a date from `from` to `to`: the reminder scan's source. */
export function tafMeetingsBetween(db: Db, params: { from: string; to: string; limit: number }) {
  return db
    .select({ meetingId: tafMeetings.id, meetingOn: sql<string>`${tafMeetings.scheduledOn}`, startsAt: sql<string>`${tafMeetings.startsAt}` })
    .from(tafMeetings)
    .innerJoin(teamsAroundFamilies, eq(teamsAroundFamilies.id, tafMeetings.tafId))
    .where(and(isNull(tafMeetings.heldOn), eq(teamsAroundFamilies.status, "open"), between(tafMeetings.scheduledOn, params.from, params.to)))
    .orderBy(asc(tafMeetings.scheduledOn), asc(tafMeetings.startsAt))
    .limit(params.limit);
}

/** One scheduled meeting with whom to remind: the lead (a member of staff) and the members' contacts. */
export async function tafMeetingForReminder(db: Db, meetingId: string) {
  const [found] = await db
    .select({
      meetingId: tafMeetings.id,
      tafId: teamsAroundFamilies.id,
      meetingOn: tafMeetings.scheduledOn,
      startsAt: tafMeetings.startsAt,
      venue: tafMeetings.venue,
      heldOn: tafMeetings.heldOn,
      status: teamsAroundFamilies.status,
      leadStaffId: teamsAroundFamilies.leadStaffId,
      leadName: staffUsers.displayName,
      leadEmail: staffUsers.email,
    })
    .from(tafMeetings)
    .innerJoin(teamsAroundFamilies, eq(teamsAroundFamilies.id, tafMeetings.tafId))
    .innerJoin(staffUsers, eq(staffUsers.id, teamsAroundFamilies.leadStaffId))
    .where(eq(tafMeetings.id, meetingId));
  if (!found) return null;
  const members = await db
    .select({ id: tafMembers.id, contact: tafMembers.contact })
    .from(tafMembers)
    .where(eq(tafMembers.tafId, found.tafId))
    .orderBy(asc(tafMembers.addedAt), asc(tafMembers.id));
  return { ...found, members };
}
