import { and, asc, eq } from "drizzle-orm";
import {
  attendanceRecordSchema,
  enrolmentCreateSchema,
  outcomesStarReadingCreateSchema,
  outcomesStarTotal,
  programmeRunCreateSchema,
  scoreSdq,
  scoreWemwbs,
  sdqMeasurementCreateSchema,
  wemwbsMeasurementCreateSchema,
} from "@hearth/domain";
import type { z } from "zod";
import type { Db } from "../client";
import { outcomeMeasurements, programmeAttendance, programmeEnrolments, programmeRuns } from "../schema";

/** A run of a programme, parsed with the domain's schema; facilitators are stored by name. */
export async function insertProgrammeRun(db: Db, params: { run: z.input<typeof programmeRunCreateSchema>; createdBy?: string | null }) {
  const run = programmeRunCreateSchema.parse(params.run);
  const venue =
    "centreId" in run.venue
      ? { centreId: run.venue.centreId, venueName: null, venuePostcode: null }
      : { centreId: null, venueName: run.venue.name, venuePostcode: run.venue.postcode };
  const [row] = await db
    .insert(programmeRuns)
    .values({
      programmeId: run.programmeId,
      ...venue,
      startsOn: run.schedule.startsOn,
      schedule: run.schedule,
      facilitators: run.facilitators.map((f) => f.name),
      capacity: run.capacity,
      status: run.status,
      createdBy: params.createdBy ?? null,
    })
    .returning();
  return row!;
}

export async function getProgrammeRun(db: Db, params: { runId: string }) {
  const [row] = await db.select().from(programmeRuns).where(eq(programmeRuns.id, params.runId));
  return row ?? null;
}

/**
 * Enrols a child on a run. The caller checks the domain's checkEnrolment first; the database
 * still refuses the same child twice on one run (programme_enrolments_run_person_key).
 */
export async function insertEnrolment(db: Db, params: { enrolment: z.input<typeof enrolmentCreateSchema> }) {
  const { runId, familyId, childId } = enrolmentCreateSchema.parse(params.enrolment);
  const [row] = await db.insert(programmeEnrolments).values({ runId, familyId, personId: childId }).returning();
  return row!;
}

export function listEnrolments(db: Db, params: { runId: string }) {
  return db.select().from(programmeEnrolments).where(eq(programmeEnrolments.runId, params.runId)).orderBy(asc(programmeEnrolments.enrolledAt));
}

/** A session's register in one transaction; marking again replaces the earlier mark. */
export async function recordProgrammeAttendance(db: Db, params: { records: z.input<typeof attendanceRecordSchema>[]; recordedBy?: string | null }) {
  const records = params.records.map((r) => attendanceRecordSchema.parse(r));
  if (records.length === 0) return [];
  return db.transaction(async (tx) => {
    const rows = [];
    for (const r of records) {
      const [row] = await tx
        .insert(programmeAttendance)
        .values({ ...r, recordedBy: params.recordedBy ?? null })
        .onConflictDoUpdate({
          target: [programmeAttendance.enrolmentId, programmeAttendance.sessionDate],
          set: { status: r.status, recordedBy: params.recordedBy ?? null },
        })
        .returning();
      rows.push(row!);
    }
    return rows;
  });
}

export function listProgrammeAttendance(db: Db, params: { enrolmentId: string }) {
  return db
    .select()
    .from(programmeAttendance)
    .where(eq(programmeAttendance.enrolmentId, params.enrolmentId))
    .orderBy(asc(programmeAttendance.sessionDate));
}

type MeasurementLink = { enrolmentId?: string | null; recordedBy?: string | null };

export async function insertSdqMeasurement(db: Db, params: { measurement: z.input<typeof sdqMeasurementCreateSchema> } & MeasurementLink) {
  const m = sdqMeasurementCreateSchema.parse(params.measurement);
  const [row] = await db
    .insert(outcomeMeasurements)
    .values({
      personId: m.childId,
      enrolmentId: params.enrolmentId ?? null,
      measure: "sdq",
      takenOn: m.takenOn,
      informant: m.informant,
      itemScores: m.answers,
      total: scoreSdq(m).totalDifficulties,
      recordedBy: params.recordedBy ?? null,
    })
    .returning();
  return row!;
}

export async function insertWemwbsMeasurement(db: Db, params: { measurement: z.input<typeof wemwbsMeasurementCreateSchema> } & MeasurementLink) {
  const m = wemwbsMeasurementCreateSchema.parse(params.measurement);
  const [row] = await db
    .insert(outcomeMeasurements)
    .values({
      personId: m.personId,
      enrolmentId: params.enrolmentId ?? null,
      measure: "wemwbs",
      takenOn: m.takenOn,
      itemScores: m.answers,
      total: scoreWemwbs(m.answers),
      recordedBy: params.recordedBy ?? null,
    })
    .returning();
  return row!;
}

/** The caller checks the reading against its Star's definition (outcomesStarReadingProblems) first. */
export async function insertOutcomesStarReading(db: Db, params: { reading: z.input<typeof outcomesStarReadingCreateSchema> } & MeasurementLink) {
  const r = outcomesStarReadingCreateSchema.parse(params.reading);
  const [row] = await db
    .insert(outcomeMeasurements)
    .values({
      personId: r.personId,
      enrolmentId: params.enrolmentId ?? null,
      measure: "outcomes_star",
      takenOn: r.takenOn,
      star: r.star,
      itemScores: r.scores,
      total: outcomesStarTotal(r.scores),
      recordedBy: params.recordedBy ?? null,
    })
    .returning();
  return row!;
}

export function listOutcomeMeasurements(db: Db, params: { personId: string; measure?: "sdq" | "wemwbs" | "outcomes_star" }) {
  return db
    .select()
    .from(outcomeMeasurements)
    .where(and(eq(outcomeMeasurements.personId, params.personId), params.measure ? eq(outcomeMeasurements.measure, params.measure) : undefined))
    .orderBy(asc(outcomeMeasurements.takenOn), asc(outcomeMeasurements.createdAt));
}
