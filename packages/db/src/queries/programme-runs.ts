import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
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
import { centres, outcomeMeasurements, programmeAttendance, programmeEnrolments, programmeReferrals, programmeRuns, programmes } from "../schema";

/** A run of a programme, parsed with the domain's schema; facilitators are stored by name. */
export async function insertProgrammeRun(
  db: Db,
  params: { run: z.input<typeof programmeRunCreateSchema>; createdBy?: string | null; areaId?: string | null; sessionDates?: string[] },
) {
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
      facilitators: run.facilitators.map((f) => (f.organisation ? `${f.name} (${f.organisation})` : f.name)),
      facilitatorStaffIds: run.facilitators.flatMap((f) => (f.staffId ? [f.staffId] : [])),
      areaId: params.areaId ?? run.areaId ?? null,
      sessionDates: params.sessionDates ?? [],
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

/** A run with its programme and venue: what every run page and check needs, and its area for scope. */
export async function loadProgrammeRun(db: Db, runId: string) {
  const [row] = await db
    .select({ run: programmeRuns, programme: programmes, centreName: centres.name, centreKind: centres.kind })
    .from(programmeRuns)
    .innerJoin(programmes, eq(programmes.id, programmeRuns.programmeId))
    .leftJoin(centres, eq(centres.id, programmeRuns.centreId))
    .where(eq(programmeRuns.id, runId));
  if (!row) return null;
  return { ...row.run, programme: row.programme, centreName: row.centreName, centreKind: row.centreKind };
}
export type LoadedProgrammeRun = NonNullable<Awaited<ReturnType<typeof loadProgrammeRun>>>;

/** Runs in the given areas (all areas when null), newest first, with enrolled and waiting counts. */
export function listProgrammeRuns(db: Db, params: { areaIds: string[] | null; programmeId?: string }) {
  return db
    .select({
      id: programmeRuns.id,
      programmeId: programmeRuns.programmeId,
      programmeName: programmes.name,
      startsOn: programmeRuns.startsOn,
      status: programmeRuns.status,
      capacity: programmeRuns.capacity,
      areaId: programmeRuns.areaId,
      venue: sql<string>`coalesce(${centres.name}, ${programmeRuns.venueName})`,
      enrolled: sql<number>`(select count(*)::int from ${programmeEnrolments} e where e.run_id = ${programmeRuns.id} and e.status <> 'withdrawn')`,
      waiting: sql<number>`(select count(*)::int from ${programmeReferrals} r where r.run_id = ${programmeRuns.id} and r.status = 'waiting')`,
    })
    .from(programmeRuns)
    .innerJoin(programmes, eq(programmes.id, programmeRuns.programmeId))
    .leftJoin(centres, eq(centres.id, programmeRuns.centreId))
    .where(
      and(
        params.areaIds ? inArray(programmeRuns.areaId, params.areaIds) : undefined,
        params.programmeId ? eq(programmeRuns.programmeId, params.programmeId) : undefined,
      ),
    )
    .orderBy(desc(programmeRuns.startsOn))
    .limit(500);
}

export async function setProgrammeRunStatus(db: Db, params: { runId: string; status: (typeof programmeRuns.$inferSelect)["status"] }) {
  const [row] = await db
    .update(programmeRuns)
    .set({ status: params.status, updatedAt: new Date() })
    .where(eq(programmeRuns.id, params.runId))
    .returning();
  return row ?? null;
}

/**
 * Enrols a child on a run. The caller checks the domain's checkEnrolment first; the database
 * still refuses the same child twice on one run (programme_enrolments_run_person_key).
 */
export async function insertEnrolment(db: Db, params: { enrolment: z.input<typeof enrolmentCreateSchema>; referralId?: string | null }) {
  const { runId, familyId, childId } = enrolmentCreateSchema.parse(params.enrolment);
  const [row] = await db
    .insert(programmeEnrolments)
    .values({ runId, familyId, personId: childId, referralId: params.referralId ?? null })
    .returning();
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

type MeasurementLink = { enrolmentId?: string | null; recordedBy?: string | null; point?: "before" | "after" | "review" };

export async function insertSdqMeasurement(db: Db, params: { measurement: z.input<typeof sdqMeasurementCreateSchema> } & MeasurementLink) {
  const m = sdqMeasurementCreateSchema.parse(params.measurement);
  const [row] = await db
    .insert(outcomeMeasurements)
    .values({
      personId: m.childId,
      enrolmentId: params.enrolmentId ?? null,
      point: params.point ?? "review",
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
      point: params.point ?? "review",
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
      point: params.point ?? "review",
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
