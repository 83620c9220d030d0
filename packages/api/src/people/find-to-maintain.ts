import { searchPeople } from "@hearth/db";
import { can, canSeeArea, criteriaUsed, isCountyWide, type PersonSearch } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { accessToPeople } from "../record-access/person-access";
import { audit, auditAll } from "../trpc";

/** A person the caller may open: enough to tell two records of one child apart. */
export interface PersonToMaintain {
  kind: "record";
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  postcode: string | null;
  areaName: string;
  restricted: boolean;
}

/**
 * A restricted person the caller is not named on: whom to contact, and (for those who manage
 * restrictions, who do so without opening the record) the id to manage it by. Never a name.
 */
export interface RestrictedToMaintain {
  kind: "restricted";
  id: string | null;
  contact: string;
}

/**
 * The search behind "Duplicates and restrictions" (issue 10 §2): how data officers, who neither
 * work cases nor read the person index, find the record to merge a duplicate into or to restrict.
 * Only the caller's area (county-wide roles: the county); no families, services or contact
 * details; a restricted record stays "Restricted record: contact …" unless the caller is named on
 * it. Audited like person search: the criteria used, and a summary read of each person shown.
 */
export async function findToMaintain(ctx: ScopedContext, input: PersonSearch): Promise<(PersonToMaintain | RestrictedToMaintain)[]> {
  const today = ctx.now().toISOString().slice(0, 10);
  return ctx.db.transaction(async (tx) => {
    const areaId = isCountyWide(ctx.scope.role) ? undefined : (ctx.scope.areaId ?? undefined);
    const rows = (await searchPeople(tx, { ...input, areaId, today })).filter((r) => canSeeArea(ctx.scope, r.areaId));
    const access = await accessToPeople(ctx, tx, rows);
    const managesRestrictions = can(ctx.scope.role, "restrictions.manage");
    await audit(ctx, tx, {
      action: "person.search",
      entityType: "person",
      detail: { criteria: criteriaUsed(input), shown: rows.length, via: "maintain" },
    });
    await auditAll(
      ctx,
      tx,
      rows.map((row) => ({
        action: "person.read-summary",
        entityType: "person",
        entityId: row.id,
        detail: { via: "maintain", restricted: !access.get(row.id)?.open },
      })),
    );
    return rows.map((row) => {
      const open = access.get(row.id)!;
      if (!open.open)
        return { kind: "restricted", id: managesRestrictions ? row.id : null, contact: open.reason === "restricted" ? open.contact : "" };
      return {
        kind: "record",
        id: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        dateOfBirth: row.dateOfBirth,
        postcode: row.postcode,
        areaName: row.areaName,
        restricted: open.via === "named",
      };
    });
  });
}
