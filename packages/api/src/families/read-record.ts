import {
  accessLogOf,
  centreInvolvement,
  tafsOfFamily,
  consultationsOfFamily,
  ehaRecordsOfFamily,
  fssCasesOfFamily,
  membersDetails,
  programmeInvolvement,
  requestsForServiceOfFamily,
} from "@hearth/db";
import {
  can,
  consultationReference,
  requestForServiceReference,
  type ConsultationOutcome,
  type ConsultationStatus,
  type RequestForServiceStatus,
} from "@hearth/domain";
import { openFamilyRecord } from "./open-record";
import type { programmePlaceStatuses } from "./output-schemas";
import type { ScopedContext } from "./family-view";

const memberIds = (family: { members: { personId: string }[] }) => family.members.map((m) => m.personId);

/** The record's overview and members: each member's contact details, relationships and consent. */
export async function readFamilyRecord(ctx: ScopedContext, familyId: string) {
  const { family, page } = await openFamilyRecord(ctx, familyId, "family.read", (tx, shown) => membersDetails(tx, memberIds(shown)));
  return { ...family, ...page };
}

/**
 * Each service's work with the family, one section per service. Centres' bookings and attendance
 * come first; each later service adds its own section here. LCSS's consultations are shown to
 * those who read the family's chronology, where the same calls already appear, with the requests
 * for service LCSS made to FSS; null for others.
 */
export async function readFamilyInvolvement(ctx: ScopedContext, familyId: string) {
  const { family, page } = await openFamilyRecord(ctx, familyId, "family.involvement.read", async (tx, shown) => ({
    centres: await centreInvolvement(tx, familyId, memberIds(shown)),
    lcss: can(ctx.staff.role, "chronology.read")
      ? {
          consultations: (await consultationsOfFamily(tx, familyId)).map(({ number, receivedAt, status, outcome, ...c }) => ({
            ...c,
            // A text column written only through the domain's statuses; the output schema checks it.
            status: status as ConsultationStatus,
            outcome: outcome as ConsultationOutcome,
            reference: consultationReference(number),
            receivedAt: receivedAt.toISOString(),
          })),
          assessments: (await ehaRecordsOfFamily(tx, familyId)).map(({ leadProfessional, ...a }) => ({
            ...a,
            leadProfessional: leadProfessional ? `${leadProfessional.name}, ${leadProfessional.agency}` : null,
          })),
          teamsAroundFamily: await tafsOfFamily(tx, familyId),
          requestsForService: (await requestsForServiceOfFamily(tx, familyId)).map(({ number, status, requestedAt, decidedAt, ...r }) => ({
            ...r,
            reference: requestForServiceReference(number),
            status: status as RequestForServiceStatus,
            requestedAt: requestedAt.toISOString(),
            decidedAt: decidedAt?.toISOString() ?? null,
          })),
        }
      : null,
    // FSS's cases with the family, for those who work FSS cases; the visits are on the case page.
    fss: can(ctx.staff.role, "cases.read") ? { cases: await fssCasesOfFamily(tx, familyId) } : null,
    // Group programme referrals, places and completion of the members shown, for those who see runs.
    programmes: can(ctx.staff.role, "programmeRuns.read")
      ? (await programmeInvolvement(tx, familyId, memberIds(shown))).map((row) => ({
          ...row,
          // Text from two enums written only through the domain's statuses; the output schema checks it.
          status: row.status as (typeof programmePlaceStatuses)[number],
        }))
      : null,
  }));
  return { family, services: page };
}

/** Who has looked at the family or its members shown; only for those who answer for its handling. */
export async function readFamilyAccessLog(ctx: ScopedContext, familyId: string) {
  const { family, page } = await openFamilyRecord(ctx, familyId, "family.accessLog.read", (tx, shown) => accessLogOf(tx, familyId, memberIds(shown)));
  return { family, entries: page };
}
