import { familiesOfPeople, searchPeople, servicesNow, type PersonSearchRow } from "@hearth/db";
import { ageInYears, canSeeArea, criteriaUsed, type PersonSearch } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { accessToPeople } from "../record-access/person-access";
import { handlesForSearch } from "../record-access/person-handles";
import { auditAll } from "../trpc";

/** A person the worker may open: enough to tell them apart and see who is working with them. */
export interface PersonFound {
  kind: "record";
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  age: number;
  postcode: string | null;
  areaName: string;
  families: { familyId: string; name: string }[];
  /** Services involved now, shown as badges: for now, the centres where a place is booked. */
  services: string[];
}

/**
 * A person known in another area (ADR 8): the worker learns they exist and whom to ask, never the
 * record. No id, date of birth or postcode, so nothing here can open or identify the record.
 */
export interface PersonKnownElsewhere {
  kind: "elsewhere";
  firstName: string;
  lastName: string;
  age: number;
  areaName: string;
  contact: string;
  /**
   * Opens the break-the-glass page for this result: opaque, for this member of staff only, for
   * PERSON_HANDLE_MINUTES. Not the person's id, so it can sit in the page's address.
   */
  handle: string;
}

/** A match the worker may not open because it is restricted: only whom to ask (issue 10 §2). */
export interface PersonRestrictedMatch {
  kind: "restricted";
  contact: string;
}

export type PersonSearchResult = PersonFound | PersonKnownElsewhere | PersonRestrictedMatch;

const isoDay = (now: Date) => now.toISOString().slice(0, 10);

/** Whom to ask about a person owned by another area: that area's LCSS team. */
export const contactTeamOf = (areaName: string) => `${areaName} LCSS team`;

/**
 * Searches the whole county, so a worker learns when a child is already known elsewhere, but shows
 * the record only for people in the worker's area. Audited in the same transaction: the criteria
 * used (never their values, since a name typed into search is personal data) and a summary read
 * of each person whose record is shown.
 */
export async function searchPeopleForWorker(ctx: ScopedContext, input: PersonSearch & { areaId?: string }): Promise<PersonSearchResult[]> {
  const today = isoDay(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const rows = await searchPeople(tx, { ...input, today });
    // Restricted records are hidden from everyone not named on them, in results as on the page.
    const access = await accessToPeople(ctx, tx, rows);
    const restrictedContact = (id: string) => {
      const a = access.get(id);
      return a && !a.open && a.reason === "restricted" ? a.contact : null;
    };
    const visible = rows.filter((r) => canSeeArea(ctx.scope, r.areaId) && restrictedContact(r.id) === null);
    const elsewhere = rows.filter((r) => !canSeeArea(ctx.scope, r.areaId) && restrictedContact(r.id) === null);
    const ids = visible.map((r) => r.id);
    // The search and a summary read of everyone it shows, in one INSERT. A summary of someone known
    // in another area is still a disclosure about that person, so it is audited against them too,
    // for their own area to see.
    const audits = [
      {
        action: "person.search",
        entityType: "person",
        detail: {
          criteria: criteriaUsed(input),
          shown: visible.length,
          knownElsewhere: elsewhere.length,
          restricted: rows.length - visible.length - elsewhere.length,
        },
      },
      ...rows.map((row) => ({
        action: "person.read-summary",
        entityType: "person",
        entityId: row.id,
        detail:
          restrictedContact(row.id) !== null
            ? { via: "search", restricted: true }
            : canSeeArea(ctx.scope, row.areaId)
              ? { via: "search" }
              : { via: "search", knownElsewhere: true },
      })),
    ];
    // All at once: in the transaction postgres.js sends them together, one round trip.
    const [handles, memberships, services] = await Promise.all([
      handlesForSearch(
        ctx,
        tx,
        elsewhere.map((r) => r.id),
      ),
      familiesOfPeople(tx, ids),
      servicesNow(tx, ids, ctx.now()),
      auditAll(ctx, tx, audits),
    ]);

    return rows.map((row): PersonSearchResult => {
      const age = ageInYears(row.dateOfBirth, today);
      const contact = restrictedContact(row.id);
      if (contact !== null) return { kind: "restricted", contact };
      if (!canSeeArea(ctx.scope, row.areaId)) return knownElsewhere(row, age, handles.get(row.id)!);
      return {
        kind: "record",
        id: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        dateOfBirth: row.dateOfBirth,
        age,
        postcode: row.postcode,
        areaName: row.areaName,
        // A family owned by another area is not named, as on the person page.
        families: memberships
          .filter((m) => m.personId === row.id && canSeeArea(ctx.scope, m.areaId))
          .map((m) => ({ familyId: m.familyId, name: m.name })),
        services: services.filter((s) => s.personId === row.id).map((s) => s.centreName),
      };
    });
  });
}

function knownElsewhere(row: PersonSearchRow, age: number, handle: string): PersonKnownElsewhere {
  return {
    kind: "elsewhere",
    firstName: row.firstName,
    lastName: row.lastName,
    age,
    areaName: row.areaName,
    contact: contactTeamOf(row.areaName),
    handle,
  };
}
