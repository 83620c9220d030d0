import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { missedTwoInARow } from "@hearth/domain";
import type { Db } from "../client";
import {
  areas,
  centres,
  families,
  familyMembers,
  outcomeMeasurements,
  people,
  programmeAttendance,
  programmeEnrolments,
  programmeRuns,
  programmes,
} from "../schema";

/**
 * A run's enrolments with who they are for, and their marks: the register for a session, the
 * completion of each family, and the before and after measures of each.
 */
export function enrolmentsOfRun(db: Db, runId: string) {
  return db
    .select({
      id: programmeEnrolments.id,
      familyId: programmeEnrolments.familyId,
      familyName: families.name,
      familyPostcode: families.postcode,
      familyAreaId: families.areaId,
      personId: programmeEnrolments.personId,
      firstName: people.firstName,
      lastName: people.lastName,
      dateOfBirth: people.dateOfBirth,
      status: programmeEnrolments.status,
      enrolledAt: programmeEnrolments.enrolledAt,
    })
    .from(programmeEnrolments)
    .innerJoin(people, eq(people.id, programmeEnrolments.personId))
    .innerJoin(families, eq(families.id, programmeEnrolments.familyId))
    .where(and(eq(programmeEnrolments.runId, runId), ne(programmeEnrolments.status, "withdrawn")))
    .orderBy(asc(people.firstName), asc(people.lastName));
}
export type RunEnrolment = Awaited<ReturnType<typeof enrolmentsOfRun>>[number];

export function attendanceOfEnrolments(db: Db, enrolmentIds: string[]) {
  if (!enrolmentIds.length) return Promise.resolve([]);
  return db
    .select({ enrolmentId: programmeAttendance.enrolmentId, sessionDate: programmeAttendance.sessionDate, status: programmeAttendance.status })
    .from(programmeAttendance)
    .where(inArray(programmeAttendance.enrolmentId, enrolmentIds))
    .orderBy(asc(programmeAttendance.sessionDate));
}

export function measurementsOfEnrolments(db: Db, enrolmentIds: string[]) {
  if (!enrolmentIds.length) return Promise.resolve([]);
  return db
    .select({
      id: outcomeMeasurements.id,
      enrolmentId: outcomeMeasurements.enrolmentId,
      personId: outcomeMeasurements.personId,
      measure: outcomeMeasurements.measure,
      point: outcomeMeasurements.point,
      takenOn: outcomeMeasurements.takenOn,
      total: outcomeMeasurements.total,
    })
    .from(outcomeMeasurements)
    .where(inArray(outcomeMeasurements.enrolmentId, enrolmentIds))
    .orderBy(asc(outcomeMeasurements.takenOn));
}

export async function setEnrolmentStatuses(db: Db, params: { enrolmentIds: string[]; status: "enrolled" | "completed"; now: Date }) {
  if (!params.enrolmentIds.length) return;
  await db
    .update(programmeEnrolments)
    .set({ status: params.status, updatedAt: params.now })
    .where(and(inArray(programmeEnrolments.id, params.enrolmentIds), ne(programmeEnrolments.status, "withdrawn")));
}

/** An enrolment with its family's members, so a measure is linked only for someone on it. */
export async function enrolmentWithFamily(db: Db, enrolmentId: string) {
  const [row] = await db.select().from(programmeEnrolments).where(eq(programmeEnrolments.id, enrolmentId));
  if (!row) return null;
  const members = await db.select({ personId: familyMembers.personId }).from(familyMembers).where(eq(familyMembers.familyId, row.familyId));
  return { ...row, memberIds: members.map((m) => m.personId) };
}

/** The earlier measures of one kind for one person on one enrolment: a before/after is checked against them. */
export function measurementsOnEnrolment(db: Db, params: { enrolmentId: string; personId: string; measure: "sdq" | "wemwbs" | "outcomes_star" }) {
  return db
    .select({ point: outcomeMeasurements.point, takenOn: outcomeMeasurements.takenOn })
    .from(outcomeMeasurements)
    .where(
      and(
        eq(outcomeMeasurements.enrolmentId, params.enrolmentId),
        eq(outcomeMeasurements.personId, params.personId),
        eq(outcomeMeasurements.measure, params.measure),
      ),
    )
    .for("update");
}

/** Area names, and the postcode districts the centres are set to reach (the county's priority neighbourhoods). */
export async function reachReference(db: Db) {
  const [areaRows, centreRows] = await Promise.all([
    db.select({ id: areas.id, name: areas.name }).from(areas),
    db.select({ districts: centres.reachPostcodeDistricts }).from(centres),
  ]);
  return { areaNames: new Map(areaRows.map((a) => [a.id, a.name])), priorityDistricts: new Set(centreRows.flatMap((c) => c.districts)) };
}

/**
 * Enrolled families on runs still on, facilitated by any of `staffIds`, whose last two marked
 * sessions were both missed (the domain's missedTwoInARow), with the facilitator to ring them.
 */
export async function enrolmentsMissingSessions(db: Db, staffIds: string[]) {
  if (!staffIds.length) return [];
  const rows = await db
    .select({
      enrolmentId: programmeEnrolments.id,
      familyId: families.id,
      familyName: families.name,
      areaId: families.areaId,
      programmeName: programmes.name,
      facilitatorIds: programmeRuns.facilitatorStaffIds,
    })
    .from(programmeEnrolments)
    .innerJoin(programmeRuns, eq(programmeRuns.id, programmeEnrolments.runId))
    .innerJoin(programmes, eq(programmes.id, programmeRuns.programmeId))
    .innerJoin(families, eq(families.id, programmeEnrolments.familyId))
    .where(
      and(
        eq(programmeEnrolments.status, "enrolled"),
        inArray(programmeRuns.status, ["planned", "running"]),
        sql`${programmeRuns.facilitatorStaffIds} && array[${sql.join(
          staffIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::uuid[]`,
      ),
    );
  const marks = await attendanceOfEnrolments(
    db,
    rows.map((r) => r.enrolmentId),
  );
  return rows.flatMap((r) => {
    const own = marks.filter((m) => m.enrolmentId === r.enrolmentId);
    if (!missedTwoInARow(own)) return [];
    const lastMissedOn = own.at(-1)!.sessionDate;
    return r.facilitatorIds.filter((id) => staffIds.includes(id)).map((facilitatorId) => ({ ...r, facilitatorId, lastMissedOn }));
  });
}
