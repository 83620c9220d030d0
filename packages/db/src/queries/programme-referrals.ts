import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { programmeReferralSourceOf, type ProgrammeReferralCreate, type ProgrammeReferralStatus, type ThresholdLevel } from "@hearth/domain";
import type { Db } from "../client";
import {
  areas,
  centres,
  familyMessageOutbox,
  people,
  programmeEnrolments,
  programmeReferrals,
  programmeRuns,
  programmes,
  thresholdDecisions,
} from "../schema";

/**
 * Referrals to a run, its waiting list and the places offered from it. Each function is one step,
 * called inside the API's transaction with the audit rows and the family's message.
 */
export type ProgrammeReferralRow = typeof programmeReferrals.$inferSelect;

export async function insertProgrammeReferral(db: Db, params: { referral: ProgrammeReferralCreate; referredBy: string | null; now: Date }) {
  const r = params.referral;
  const [row] = await db
    .insert(programmeReferrals)
    .values({
      runId: r.runId,
      familyId: r.familyId,
      personId: r.personId,
      ...programmeReferralSourceOf(r),
      consentGiven: r.consentGiven,
      consentGivenBy: r.consentGivenBy,
      consentRecordedOn: r.consentRecordedOn,
      carerName: r.carerName,
      preferredChannel: r.preferredChannel,
      mobile: r.mobile ?? null,
      email: r.email ?? null,
      referredBy: params.referredBy,
      referredAt: params.now,
    })
    .returning();
  return row!;
}

export async function getProgrammeReferral(db: Db, referralId: string) {
  const [row] = await db.select().from(programmeReferrals).where(eq(programmeReferrals.id, referralId));
  return row ?? null;
}

/** Locks the run's referrals while places are worked out, so two offers never take the same place. */
export function referralsOfRunForUpdate(db: Db, runId: string) {
  return db
    .select({ id: programmeReferrals.id, status: programmeReferrals.status, referredAt: programmeReferrals.referredAt })
    .from(programmeReferrals)
    .where(eq(programmeReferrals.runId, runId))
    .orderBy(asc(programmeReferrals.referredAt))
    .for("update");
}

/** A run's referrals with who each is for, in the order they came in (the waiting list's order). */
export function referralsOfRun(db: Db, runId: string) {
  return db
    .select({
      id: programmeReferrals.id,
      familyId: programmeReferrals.familyId,
      personId: programmeReferrals.personId,
      firstName: people.firstName,
      lastName: people.lastName,
      dateOfBirth: people.dateOfBirth,
      source: programmeReferrals.source,
      carerName: programmeReferrals.carerName,
      status: programmeReferrals.status,
      referredAt: programmeReferrals.referredAt,
      offeredAt: programmeReferrals.offeredAt,
    })
    .from(programmeReferrals)
    .innerJoin(people, eq(people.id, programmeReferrals.personId))
    .where(eq(programmeReferrals.runId, runId))
    .orderBy(asc(programmeReferrals.referredAt), asc(programmeReferrals.id));
}

export function referralsOfFamily(db: Db, familyId: string) {
  return db.select().from(programmeReferrals).where(eq(programmeReferrals.familyId, familyId)).orderBy(asc(programmeReferrals.referredAt));
}

export async function setReferralStatus(db: Db, params: { referralIds: string[]; status: ProgrammeReferralStatus; now: Date }) {
  if (!params.referralIds.length) return [];
  const stamp = params.status === "offered" ? { offeredAt: params.now } : { answeredAt: params.now };
  return db
    .update(programmeReferrals)
    .set({ status: params.status, ...stamp, updatedAt: params.now })
    .where(inArray(programmeReferrals.id, params.referralIds))
    .returning();
}

/** Places taken on a run: enrolments not withdrawn. */
export async function placesTaken(db: Db, runId: string): Promise<number> {
  const rows = await db
    .select({ id: programmeEnrolments.id })
    .from(programmeEnrolments)
    .where(and(eq(programmeEnrolments.runId, runId), ne(programmeEnrolments.status, "withdrawn")));
  return rows.length;
}

/** Messages to families about referrals, queued in the caller's transaction like a booking's. */
export async function queueProgrammeMessages(db: Db, messages: { kind: "programme_place_offered" | "programme_enrolled"; referralId: string }[]) {
  if (messages.length) await db.insert(familyMessageOutbox).values(messages);
}

/** Every enrolment of the family, and every enrolment on the run, as the domain's enrolment check reads them. */
export function listEnrolmentsOfFamily(db: Db, params: { familyId: string; runId: string }) {
  return db
    .select({
      runId: programmeEnrolments.runId,
      programmeId: programmeRuns.programmeId,
      familyId: programmeEnrolments.familyId,
      status: programmeEnrolments.status,
    })
    .from(programmeEnrolments)
    .innerJoin(programmeRuns, eq(programmeRuns.id, programmeEnrolments.runId))
    .where(or(eq(programmeEnrolments.familyId, params.familyId), eq(programmeEnrolments.runId, params.runId)));
}

/** The family's level of need from its latest threshold decision, or null when none was made. */
export async function latestLevelOfNeed(db: Db, familyId: string): Promise<ThresholdLevel | null> {
  const [row] = await db
    .select({ level: thresholdDecisions.level })
    .from(thresholdDecisions)
    .where(eq(thresholdDecisions.familyId, familyId))
    .orderBy(desc(thresholdDecisions.createdAt))
    .limit(1);
  return (row?.level as ThresholdLevel | undefined) ?? null;
}

/** What a message about a referral needs: the carer's contact, the run's programme, venue and session dates. */
export async function messageContextForReferral(db: Db, referralId: string) {
  const [row] = await db
    .select({
      referralId: programmeReferrals.id,
      status: programmeReferrals.status,
      carerName: programmeReferrals.carerName,
      mobile: programmeReferrals.mobile,
      email: programmeReferrals.email,
      preferredChannel: programmeReferrals.preferredChannel,
      programmeName: programmes.name,
      runStatus: programmeRuns.status,
      schedule: programmeRuns.schedule,
      sessionDates: programmeRuns.sessionDates,
      venue: sql<string>`coalesce(${centres.name}, ${programmeRuns.venueName})`,
      areaName: areas.name,
    })
    .from(programmeReferrals)
    .innerJoin(programmeRuns, eq(programmeRuns.id, programmeReferrals.runId))
    .innerJoin(programmes, eq(programmes.id, programmeRuns.programmeId))
    .leftJoin(centres, eq(centres.id, programmeRuns.centreId))
    .leftJoin(areas, eq(areas.id, programmeRuns.areaId))
    .where(eq(programmeReferrals.id, referralId));
  return row ?? null;
}

/** Enrolled families on runs with a session on `date`: tomorrow's reminders. The ledger stops a second send. */
export function referralsDueReminder(db: Db, params: { date: string; limit: number }) {
  return db
    .select({ referralId: programmeReferrals.id })
    .from(programmeReferrals)
    .innerJoin(programmeRuns, eq(programmeRuns.id, programmeReferrals.runId))
    .where(
      and(
        eq(programmeReferrals.status, "enrolled"),
        inArray(programmeRuns.status, ["planned", "running"]),
        sql`${params.date}::date = any(${programmeRuns.sessionDates})`,
      ),
    )
    .limit(params.limit);
}
