import { accessLogOf, centreInvolvement, membersDetails } from "@hearth/db";
import { openFamilyRecord } from "./open-record";
import type { ScopedContext } from "./family-view";

const memberIds = (family: { members: { personId: string }[] }) => family.members.map((m) => m.personId);

/** The record's overview and members: each member's contact details, relationships and consent. */
export async function readFamilyRecord(ctx: ScopedContext, familyId: string) {
  const { family, page } = await openFamilyRecord(ctx, familyId, "family.read", (tx, shown) => membersDetails(tx, memberIds(shown)));
  return { ...family, ...page };
}

/**
 * Each service's work with the family, one section per service. Centres' bookings and attendance
 * come first; each later service adds its own section here.
 */
export async function readFamilyInvolvement(ctx: ScopedContext, familyId: string) {
  const { family, page } = await openFamilyRecord(ctx, familyId, "family.involvement.read", (tx, shown) =>
    centreInvolvement(tx, familyId, memberIds(shown)),
  );
  return { family, services: { centres: page } };
}

/** Who has looked at the family or its members shown; only for those who answer for its handling. */
export async function readFamilyAccessLog(ctx: ScopedContext, familyId: string) {
  const { family, page } = await openFamilyRecord(ctx, familyId, "family.accessLog.read", (tx, shown) =>
    accessLogOf(tx, familyId, memberIds(shown)),
  );
  return { family, entries: page };
}
