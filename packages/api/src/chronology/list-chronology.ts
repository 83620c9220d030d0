import { listChronology, manualEntryDetails } from "@hearth/db";
import { can, type chronologyListSchema, type ChronologyList } from "@hearth/domain";
import type { z } from "zod";
import { familyAsSeen, type ScopedContext } from "../families/family-view";
import { auditAll } from "../trpc";
import { withFamilyInScope } from "../families/open-record";

type Filters = z.output<typeof chronologyListSchema>;

/**
 * One page of a family's chronology with the members the reader may see (to name the children in
 * entries and offer them as a filter). The family read, each member shown and the filters used
 * are audited in the read's transaction; events about members outside the reader's area are left
 * out by the query, since it is given only the visible members.
 */
export function readChronology(ctx: ScopedContext, input: Filters) {
  const { familyId, ...filters } = input;
  return withFamilyInScope(ctx, familyId, "chronology.read", async (tx, found) => {
    const { shown: family, memberReads } = await familyAsSeen(ctx, tx, found);
    const page = await listChronology(tx, { familyId, visiblePersonIds: family.members.map((m) => m.personId) }, filters);
    const manual = await manualEntryDetails(
      tx,
      page.events.filter((e) => e.service === "manual").map((e) => e.id.replace(/^entry:/, "")),
    );
    // The chronology read and each member shown, in one INSERT.
    await auditAll(ctx, tx, [
      ...memberReads,
      {
        action: "chronology.read",
        entityType: "family",
        entityId: familyId,
        detail: { filters: describeFilters(filters), events: page.events.length },
      },
    ]);
    return {
      family: { id: family.id, name: family.name },
      members: family.members.map((m) => ({ personId: m.personId, firstName: m.firstName, lastName: m.lastName, role: m.role })),
      membersOutsideYourArea: family.membersOutsideYourArea,
      nextCursor: page.nextCursor,
      events: page.events.map((event) => {
        const entry = manual.find((m) => `entry:${m.id}` === event.id);
        if (!entry) return { ...event, entry: null };
        const mayEdit = entry.recordedBy === ctx.staff.id || can(ctx.staff.role, "chronology.editAny");
        return {
          ...event,
          entry: { id: entry.id, occurredOn: entry.occurredOn, personId: entry.personId, editedAt: entry.editedAt?.toISOString() ?? null, mayEdit },
        };
      }),
    };
  });
}

/** What was asked for, for the audit trail: the filters, not the page size. */
function describeFilters(filters: Omit<Filters, "familyId">): Partial<ChronologyList> {
  const { limit: _limit, ...asked } = filters;
  return asked;
}
