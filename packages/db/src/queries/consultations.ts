import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ConsultationList } from "@hearth/domain";
import type { Db } from "../client";
import {
  callerOrganisations,
  consultations,
  families,
  localities,
  people,
  requestsForService,
  staffUsers,
  thresholdDecisionChildren,
  thresholdDecisions,
} from "../schema";
import { decisionTiming } from "./consultation-feedback";

export type ConsultationRow = typeof consultations.$inferSelect;
export type NewConsultation = typeof consultations.$inferInsert;

/** LCSS's list of calling organisations, in-use ones only, by name. */
export function listCallerOrganisations(db: Db) {
  return db
    .select({ id: callerOrganisations.id, name: callerOrganisations.name, kind: callerOrganisations.kind, areaId: callerOrganisations.areaId })
    .from(callerOrganisations)
    .where(eq(callerOrganisations.active, true))
    .orderBy(asc(callerOrganisations.name));
}

export async function callerOrganisationExists(db: Db, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: callerOrganisations.id })
    .from(callerOrganisations)
    .where(and(eq(callerOrganisations.id, organisationId), eq(callerOrganisations.active, true)));
  return !!row;
}

export async function localityArea(db: Db, localityId: string): Promise<string | null> {
  const [row] = await db.select({ areaId: localities.areaId }).from(localities).where(eq(localities.id, localityId));
  return row?.areaId ?? null;
}

export async function insertConsultation(db: Db, values: NewConsultation): Promise<ConsultationRow> {
  const [row] = await db.insert(consultations).values(values).returning();
  return row!;
}

export async function updateConsultation(db: Db, consultationId: string, changes: Partial<NewConsultation>): Promise<ConsultationRow | null> {
  const [row] = await db.update(consultations).set(changes).where(eq(consultations.id, consultationId)).returning();
  return row ?? null;
}

const takenBy = alias(staffUsers, "taken_by_staff");
const decidedBy = alias(staffUsers, "decided_by_staff");
const confirmedBy = alias(staffUsers, "confirmed_by_staff");
const feedbackBy = alias(staffUsers, "feedback_by_staff");

/** The name the caller's organisation goes by: from the list, or as typed. */
const organisationName = sql<string | null>`coalesce(${callerOrganisations.name}, ${consultations.organisationOther})`;

/** A consultation with the names it is shown with and its threshold decision, or null. */
export async function getConsultation(db: Db, consultationId: string) {
  const [row] = await db
    .select({
      consultation: consultations,
      organisationName,
      organisationKind: callerOrganisations.kind,
      localityName: localities.name,
      familyName: families.name,
      takenByName: takenBy.displayName,
      feedbackRecordedByName: feedbackBy.displayName,
    })
    .from(consultations)
    .leftJoin(takenBy, eq(takenBy.id, consultations.takenBy))
    .leftJoin(callerOrganisations, eq(callerOrganisations.id, consultations.organisationId))
    .leftJoin(localities, eq(localities.id, consultations.localityId))
    .leftJoin(families, eq(families.id, consultations.familyId))
    .leftJoin(feedbackBy, eq(feedbackBy.id, consultations.feedbackRecordedBy))
    .where(eq(consultations.id, consultationId));
  if (!row) return null;
  const [decision] = await db
    .select({ decision: thresholdDecisions, decidedByName: decidedBy.displayName, confirmedByName: confirmedBy.displayName })
    .from(thresholdDecisions)
    .innerJoin(decidedBy, eq(decidedBy.id, thresholdDecisions.decidedBy))
    .leftJoin(confirmedBy, eq(confirmedBy.id, thresholdDecisions.confirmedBy))
    .where(eq(thresholdDecisions.consultationId, consultationId))
    .orderBy(desc(thresholdDecisions.createdAt))
    .limit(1);
  const childIds = decision
    ? (
        await db
          .select({ personId: thresholdDecisionChildren.personId })
          .from(thresholdDecisionChildren)
          .where(eq(thresholdDecisionChildren.decisionId, decision.decision.id))
      ).map((c) => c.personId)
    : [];
  return { ...row, areaId: row.consultation.areaId, decision: decision ? { ...decision, childIds } : null };
}

/** Gives a decision's children once its no-names consultation is named; the decision itself stays as made. */
export async function nameThresholdDecision(db: Db, params: { decisionId: string; familyId: string; childIds: readonly string[] }) {
  await db.update(thresholdDecisions).set({ familyId: params.familyId }).where(eq(thresholdDecisions.id, params.decisionId));
  if (params.childIds.length)
    await db
      .insert(thresholdDecisionChildren)
      .values(params.childIds.map((personId) => ({ decisionId: params.decisionId, personId })))
      .onConflictDoNothing();
}

const sortColumns = {
  receivedAt: consultations.receivedAt,
  status: consultations.status,
  level: thresholdDecisions.level,
} as const;

/** One area's consultations (all areas when `areaId` is null), newest first unless asked otherwise. */
export function listConsultations(
  db: Db,
  params: { areaId: string | null; staffId: string } & Omit<ConsultationList, "takenByMe"> & { takenByMe?: boolean },
) {
  const where: SQL[] = [];
  if (params.areaId) where.push(eq(consultations.areaId, params.areaId));
  if (params.status) where.push(eq(consultations.status, params.status));
  if (params.openOnly) where.push(ne(consultations.status, "closed"));
  if (params.outcome) where.push(eq(consultations.outcome, params.outcome));
  if (params.familyKind === "not_recorded") where.push(sql`${consultations.familyKind} is null`);
  else if (params.familyKind) where.push(eq(consultations.familyKind, params.familyKind));
  if (params.takenByMe) where.push(eq(consultations.takenBy, params.staffId));
  if (params.takenBy) where.push(eq(consultations.takenBy, params.takenBy));
  if (params.localityId) where.push(eq(consultations.localityId, params.localityId));
  const order = params.direction === "asc" ? asc : desc;
  return (
    db
      .select({
        id: consultations.id,
        number: consultations.number,
        receivedAt: consultations.receivedAt,
        status: consultations.status,
        outcome: consultations.outcome,
        familyKind: consultations.familyKind,
        familyId: consultations.familyId,
        familyName: families.name,
        childAge: consultations.childAge,
        organisationName,
        takenByName: takenBy.displayName,
        level: thresholdDecisions.level,
        localityName: localities.name,
        requestForServiceStatus: requestsForService.status,
        ...decisionTiming,
      })
      .from(consultations)
      .leftJoin(takenBy, eq(takenBy.id, consultations.takenBy))
      .leftJoin(callerOrganisations, eq(callerOrganisations.id, consultations.organisationId))
      .leftJoin(localities, eq(localities.id, consultations.localityId))
      .leftJoin(families, eq(families.id, consultations.familyId))
      .leftJoin(thresholdDecisions, eq(thresholdDecisions.consultationId, consultations.id))
      // At most one request per consultation (a unique index), so the join adds no rows.
      .leftJoin(requestsForService, eq(requestsForService.consultationId, consultations.id))
      .where(where.length ? and(...where) : undefined)
      .orderBy(order(sortColumns[params.sort]), desc(consultations.number))
      .limit(params.limit)
  );
}

/** A family's consultations, for the LCSS section of its Involvement page. */
export function consultationsOfFamily(db: Db, familyId: string) {
  return db
    .select({
      id: consultations.id,
      number: consultations.number,
      receivedAt: consultations.receivedAt,
      status: consultations.status,
      outcome: consultations.outcome,
      organisationName,
      level: thresholdDecisions.level,
    })
    .from(consultations)
    .leftJoin(callerOrganisations, eq(callerOrganisations.id, consultations.organisationId))
    .leftJoin(thresholdDecisions, eq(thresholdDecisions.consultationId, consultations.id))
    .where(eq(consultations.familyId, familyId))
    .orderBy(desc(consultations.receivedAt));
}

/** The names of the children a decision is about, with their areas for the caller's access check. */
export async function peopleNamed(db: Db, personIds: readonly string[]) {
  if (!personIds.length) return [];
  const rows = await db
    .select({ personId: people.id, firstName: people.firstName, lastName: people.lastName, areaId: people.areaId })
    .from(people)
    .where(inArray(people.id, [...personIds]))
    .orderBy(asc(people.dateOfBirth));
  return rows.map((r) => ({ personId: r.personId, areaId: r.areaId, name: `${r.firstName} ${r.lastName}` }));
}
