import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { allocationMeetingPartners, allocationMeetings, allocationMeetingStaff, areas, requestsForService, staffUsers } from "../schema";

/**
 * Allocation meetings (issue 12 §1): the meeting, who attended, and the requests decided at it.
 * The requests themselves are read through requests-for-service.ts.
 */

export async function insertAllocationMeeting(
  db: Db,
  params: { areaId: string; heldOn: string; recordedBy: string; staffIds: string[]; partners: { name: string; agency: string }[] },
) {
  const [meeting] = await db
    .insert(allocationMeetings)
    .values({ areaId: params.areaId, heldOn: params.heldOn, recordedBy: params.recordedBy })
    .returning();
  await db.insert(allocationMeetingStaff).values(params.staffIds.map((staffId) => ({ meetingId: meeting!.id, staffId })));
  if (params.partners.length)
    await db.insert(allocationMeetingPartners).values(params.partners.map((p, position) => ({ meetingId: meeting!.id, position, ...p })));
  return meeting!;
}

export async function getAllocationMeeting(db: Db, meetingId: string) {
  const [row] = await db
    .select({ meeting: allocationMeetings, areaName: areas.name, recordedByName: staffUsers.displayName })
    .from(allocationMeetings)
    .innerJoin(areas, eq(areas.id, allocationMeetings.areaId))
    .innerJoin(staffUsers, eq(staffUsers.id, allocationMeetings.recordedBy))
    .where(eq(allocationMeetings.id, meetingId));
  if (!row) return null;
  const [staff, partners] = await Promise.all([
    db
      .select({ id: staffUsers.id, displayName: staffUsers.displayName })
      .from(allocationMeetingStaff)
      .innerJoin(staffUsers, eq(staffUsers.id, allocationMeetingStaff.staffId))
      .where(eq(allocationMeetingStaff.meetingId, meetingId))
      .orderBy(asc(staffUsers.displayName)),
    db
      .select({ name: allocationMeetingPartners.name, agency: allocationMeetingPartners.agency })
      .from(allocationMeetingPartners)
      .where(eq(allocationMeetingPartners.meetingId, meetingId))
      .orderBy(asc(allocationMeetingPartners.position)),
  ]);
  return { ...row, staff, partners };
}

/** An area's meetings (every area's when `areaIds` is null), latest first, with counts. */
export function listAllocationMeetings(db: Db, params: { areaIds: string[] | null; limit: number }) {
  return db
    .select({
      id: allocationMeetings.id,
      heldOn: allocationMeetings.heldOn,
      areaName: areas.name,
      attendees: sql<number>`((select count(*) from allocation_meeting_staff s where s.meeting_id = ${allocationMeetings.id})
        + (select count(*) from allocation_meeting_partners p where p.meeting_id = ${allocationMeetings.id}))::int`,
      decisions: sql<number>`(select count(*)::int from requests_for_service r where r.allocation_meeting_id = ${allocationMeetings.id})`,
    })
    .from(allocationMeetings)
    .innerJoin(areas, eq(areas.id, allocationMeetings.areaId))
    .where(params.areaIds ? inArray(allocationMeetings.areaId, params.areaIds) : undefined)
    .orderBy(desc(allocationMeetings.heldOn), desc(allocationMeetings.createdAt))
    .limit(params.limit);
}

/** How many of an area's requests wait for a decision (every area's when null). */
export async function requestsWaitingCount(db: Db, areaId: string | null): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(requestsForService)
    .where(and(eq(requestsForService.status, "received"), areaId ? eq(requestsForService.areaId, areaId) : undefined));
  return Number(row?.count ?? 0);
}
