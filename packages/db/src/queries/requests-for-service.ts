import type { RequestForServiceStatus } from "@hearth/domain";
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { areas, consultations, families, requestsForService, staffUsers } from "../schema";

export type RequestForServiceRow = typeof requestsForService.$inferSelect;
export type NewRequestForService = typeof requestsForService.$inferInsert;

export async function insertRequestForService(db: Db, values: NewRequestForService): Promise<RequestForServiceRow> {
  const [row] = await db.insert(requestsForService).values(values).returning();
  return row!;
}

const requestedBy = alias(staffUsers, "requested_by_staff");

const summaryColumns = {
  request: requestsForService,
  familyName: families.name,
  requestedByName: requestedBy.displayName,
  consultationNumber: consultations.number,
  areaName: areas.name,
};

function summaries(db: Db) {
  return db
    .select(summaryColumns)
    .from(requestsForService)
    .innerJoin(families, eq(families.id, requestsForService.familyId))
    .innerJoin(requestedBy, eq(requestedBy.id, requestsForService.requestedBy))
    .innerJoin(areas, eq(areas.id, requestsForService.areaId))
    .leftJoin(consultations, eq(consultations.id, requestsForService.consultationId));
}

/** FSS's intake queue: one area's requests (all areas when `areaId` is null), newest first. */
export function listRequestsForService(db: Db, params: { areaId: string | null; status?: RequestForServiceStatus; limit: number }) {
  const where: SQL[] = [];
  if (params.areaId) where.push(eq(requestsForService.areaId, params.areaId));
  if (params.status) where.push(eq(requestsForService.status, params.status));
  return summaries(db)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(requestsForService.requestedAt), desc(requestsForService.number))
    .limit(params.limit);
}

/** The requests decided at one allocation meeting, in the order they were decided. */
export function requestsDecidedAtMeeting(db: Db, meetingId: string) {
  return summaries(db).where(eq(requestsForService.allocationMeetingId, meetingId)).orderBy(asc(requestsForService.decidedAt));
}

/** How many of an area's requests wait for a decision: the FSS home's intake figure. */
export async function countRequestsAwaitingDecision(db: Db, areaId: string): Promise<number> {
  return db.$count(requestsForService, and(eq(requestsForService.areaId, areaId), eq(requestsForService.status, "received")));
}

/** An area's requests waiting for a decision, oldest first: the allocation meeting's agenda. */
export function requestsAwaitingDecision(db: Db, params: { areaId: string; limit: number }) {
  return summaries(db)
    .where(and(eq(requestsForService.areaId, params.areaId), eq(requestsForService.status, "received")))
    .orderBy(asc(requestsForService.requestedAt), asc(requestsForService.number))
    .limit(params.limit);
}

export async function getRequestForService(db: Db, requestId: string) {
  const [row] = await summaries(db).where(eq(requestsForService.id, requestId));
  return row ?? null;
}

const sourceColumn = {
  consultationId: requestsForService.consultationId,
  assessmentId: requestsForService.assessmentId,
  tafId: requestsForService.tafId,
};

/** The request made from a consultation, an assessment or a team around the family, for its page. */
export async function requestForServiceOfSource(db: Db, source: keyof typeof sourceColumn, sourceId: string): Promise<RequestForServiceRow | null> {
  const [row] = await db.select().from(requestsForService).where(eq(sourceColumn[source], sourceId));
  return row ?? null;
}

/** The request made from a consultation, for its page. */
export function requestForServiceOfConsultation(db: Db, consultationId: string): Promise<RequestForServiceRow | null> {
  return requestForServiceOfSource(db, "consultationId", consultationId);
}

/** A family's requests for service, for the LCSS section of its Involvement page. */
export function requestsForServiceOfFamily(db: Db, familyId: string) {
  return db
    .select({
      id: requestsForService.id,
      number: requestsForService.number,
      status: requestsForService.status,
      level: requestsForService.level,
      requestedAt: requestsForService.requestedAt,
      decidedAt: requestsForService.decidedAt,
    })
    .from(requestsForService)
    .where(eq(requestsForService.familyId, familyId))
    .orderBy(desc(requestsForService.requestedAt));
}

/** Records FSS's decision, only on a request still waiting for one; null when it was already decided. */
export async function decideRequestForService(
  db: Db,
  requestId: string,
  decision: {
    status: Exclude<RequestForServiceStatus, "received">;
    decisionReason: string | null;
    decidedBy: string;
    decidedAt: Date;
    allocationMeetingId: string | null;
  },
): Promise<RequestForServiceRow | null> {
  const [row] = await db
    .update(requestsForService)
    .set(decision)
    .where(and(eq(requestsForService.id, requestId), eq(requestsForService.status, "received")))
    .returning();
  return row ?? null;
}

/** Decided requests whose requester has not yet marked the decision read: their My work. */
export function decisionsUnreadByRequester(db: Db, staffIds: string[]) {
  return db
    .select({
      id: requestsForService.id,
      status: requestsForService.status,
      decidedAt: requestsForService.decidedAt,
      familyId: families.id,
      familyName: families.name,
      areaId: requestsForService.areaId,
      consultationId: requestsForService.consultationId,
      requestedBy: requestsForService.requestedBy,
    })
    .from(requestsForService)
    .innerJoin(families, eq(families.id, requestsForService.familyId))
    .where(
      and(inArray(requestsForService.requestedBy, staffIds), isNotNull(requestsForService.decidedAt), isNull(requestsForService.requesterReadAt)),
    );
}

/** The requester has read FSS's decision; only once, so the first time is the one kept. */
export async function markDecisionReadByRequester(db: Db, requestId: string, at: Date): Promise<RequestForServiceRow | null> {
  const [row] = await db
    .update(requestsForService)
    .set({ requesterReadAt: at })
    .where(and(eq(requestsForService.id, requestId), isNotNull(requestsForService.decidedAt), isNull(requestsForService.requesterReadAt)))
    .returning();
  return row ?? null;
}
