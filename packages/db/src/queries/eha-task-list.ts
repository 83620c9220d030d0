import { and, asc, desc, eq } from "drizzle-orm";
import type { EarlyHelpAssessmentStatus, EhaEventKind, EhaStart, IsoDate } from "@hearth/domain";
import type { Db } from "../client";
import {
  earlyHelpAssessmentAdults,
  earlyHelpAssessmentChildren,
  earlyHelpAssessmentEvents,
  earlyHelpAssessments,
  families,
  staffUsers,
} from "../schema";

/**
 * Early Help Assessments written through the task list (issue 11 §3). Each section is written
 * whole by its own form; the lifecycle's steps are kept as events, which are also the family's
 * chronology entries for the assessment.
 */

export async function startEhaRecord(db: Db, params: { start: EhaStart; dueOn: IsoDate; createdBy: string; now: Date }) {
  const { childIds, adultIds, ...fields } = params.start;
  const [row] = await db
    .insert(earlyHelpAssessments)
    .values({ ...fields, dueOn: params.dueOn, createdBy: params.createdBy })
    .returning({ id: earlyHelpAssessments.id });
  await db.insert(earlyHelpAssessmentChildren).values(childIds.map((personId) => ({ assessmentId: row!.id, personId })));
  if (adultIds.length) await db.insert(earlyHelpAssessmentAdults).values(adultIds.map((personId) => ({ assessmentId: row!.id, personId })));
  await addEhaEvent(db, { assessmentId: row!.id, kind: "started", occurredOn: fields.startedOn, byStaffId: params.createdBy, now: params.now });
  return row!;
}

/** The assessment with its people, its family's area (its scope) and its history, or null. */
export async function loadEhaRecord(db: Db, assessmentId: string) {
  const [found] = await db
    .select({ assessment: earlyHelpAssessments, areaId: families.areaId, familyName: families.name })
    .from(earlyHelpAssessments)
    .innerJoin(families, eq(families.id, earlyHelpAssessments.familyId))
    .where(eq(earlyHelpAssessments.id, assessmentId));
  if (!found) return null;
  // Children in the order they were chosen is the order of their task-list sections.
  const children = await db
    .select({ personId: earlyHelpAssessmentChildren.personId })
    .from(earlyHelpAssessmentChildren)
    .where(eq(earlyHelpAssessmentChildren.assessmentId, assessmentId))
    .orderBy(asc(earlyHelpAssessmentChildren.personId));
  const adults = await db
    .select({ personId: earlyHelpAssessmentAdults.personId })
    .from(earlyHelpAssessmentAdults)
    .where(eq(earlyHelpAssessmentAdults.assessmentId, assessmentId))
    .orderBy(asc(earlyHelpAssessmentAdults.personId));
  const events = await db
    .select({
      id: earlyHelpAssessmentEvents.id,
      kind: earlyHelpAssessmentEvents.kind,
      occurredOn: earlyHelpAssessmentEvents.occurredOn,
      recordedAt: earlyHelpAssessmentEvents.recordedAt,
      byStaffId: earlyHelpAssessmentEvents.byStaffId,
      byName: staffUsers.displayName,
      note: earlyHelpAssessmentEvents.note,
    })
    .from(earlyHelpAssessmentEvents)
    .innerJoin(staffUsers, eq(staffUsers.id, earlyHelpAssessmentEvents.byStaffId))
    .where(eq(earlyHelpAssessmentEvents.assessmentId, assessmentId))
    // Enum order (started, completed, returned …) breaks ties between steps recorded at the same moment.
    .orderBy(asc(earlyHelpAssessmentEvents.occurredOn), asc(earlyHelpAssessmentEvents.recordedAt), asc(earlyHelpAssessmentEvents.kind));
  return {
    ...found.assessment,
    areaId: found.areaId,
    familyName: found.familyName,
    childIds: children.map((c) => c.personId),
    adultIds: adults.map((a) => a.personId),
    events,
  };
}
export type EhaRecord = NonNullable<Awaited<ReturnType<typeof loadEhaRecord>>>;

export async function updateEhaRecord(db: Db, assessmentId: string, changes: Partial<typeof earlyHelpAssessments.$inferInsert>) {
  await db.update(earlyHelpAssessments).set(changes).where(eq(earlyHelpAssessments.id, assessmentId));
}

export async function addEhaEvent(
  db: Db,
  params: { assessmentId: string; kind: EhaEventKind; occurredOn: IsoDate; byStaffId: string; note?: string | null; now: Date },
) {
  await db.insert(earlyHelpAssessmentEvents).values({
    assessmentId: params.assessmentId,
    kind: params.kind,
    occurredOn: params.occurredOn,
    byStaffId: params.byStaffId,
    note: params.note ?? null,
    recordedAt: params.now,
  });
}

/** A family's assessments for its Involvement page, newest first. */
export async function ehaRecordsOfFamily(db: Db, familyId: string) {
  return db
    .select({
      id: earlyHelpAssessments.id,
      status: earlyHelpAssessments.status,
      startedOn: earlyHelpAssessments.startedOn,
      dueOn: earlyHelpAssessments.dueOn,
      leadProfessional: earlyHelpAssessments.leadProfessional,
      consentWithdrawnOn: earlyHelpAssessments.consentWithdrawnOn,
    })
    .from(earlyHelpAssessments)
    .where(eq(earlyHelpAssessments.familyId, familyId))
    .orderBy(desc(earlyHelpAssessments.startedOn), desc(earlyHelpAssessments.createdAt));
}

/** An area's assessments (every area's for a county-wide reader), newest first, at most 200. */
export async function listEhaRecords(db: Db, params: { areaId: string | null; status?: EarlyHelpAssessmentStatus }) {
  const conditions = [
    params.areaId ? eq(families.areaId, params.areaId) : undefined,
    params.status ? eq(earlyHelpAssessments.status, params.status) : undefined,
  ];
  return db
    .select({
      id: earlyHelpAssessments.id,
      familyId: earlyHelpAssessments.familyId,
      familyName: families.name,
      status: earlyHelpAssessments.status,
      startedOn: earlyHelpAssessments.startedOn,
      dueOn: earlyHelpAssessments.dueOn,
      leadProfessional: earlyHelpAssessments.leadProfessional,
      consentWithdrawnOn: earlyHelpAssessments.consentWithdrawnOn,
    })
    .from(earlyHelpAssessments)
    .innerJoin(families, eq(families.id, earlyHelpAssessments.familyId))
    .where(and(...conditions))
    .orderBy(desc(earlyHelpAssessments.startedOn), desc(earlyHelpAssessments.createdAt))
    .limit(200);
}
