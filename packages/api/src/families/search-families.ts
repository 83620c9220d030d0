import { familyMemberCounts, searchFamilies } from "@hearth/db";
import { canSeeArea, type FamilySearch } from "@hearth/domain";
import { contactTeamOf } from "../people/search-people";
import { auditAll } from "../trpc";
import type { ScopedContext } from "./family-view";

export type FamilySearchResult =
  | {
      kind: "record";
      id: string;
      name: string;
      postcode: string | null;
      areaName: string;
      members: number;
    }
  | { kind: "elsewhere"; name: string; areaName: string; contact: string };

/**
 * Finds families directly, by their name, a member's name or where they live, with the rules of
 * person search: county-wide, but another area's family is only a name and whom to contact.
 */
export async function searchFamiliesForWorker(ctx: ScopedContext, input: FamilySearch): Promise<FamilySearchResult[]> {
  return ctx.db.transaction(async (tx) => {
    const rows = await searchFamilies(tx, { ...input, staffId: ctx.staff.id });
    const visible = rows.filter((r) => canSeeArea(ctx.scope, r.areaId));
    const criteria = (["name", "postcode"] as const).filter((k) => input[k] !== undefined);
    // The search and a summary read of every family shown, in one INSERT sent with the counts. A
    // family known in another area is shown only as a summary, but that is still a disclosure
    // about it, so it is audited against the family too.
    const [counts] = await Promise.all([
      familyMemberCounts(
        tx,
        visible.map((r) => r.id),
      ),
      auditAll(ctx, tx, [
        {
          action: "family.search",
          entityType: "family",
          detail: { criteria, shown: visible.length, knownElsewhere: rows.length - visible.length },
        },
        ...rows.map((family) => ({
          action: "family.read-summary",
          entityType: "family",
          entityId: family.id,
          detail: canSeeArea(ctx.scope, family.areaId) ? { via: "search" } : { via: "search", knownElsewhere: true },
        })),
      ]),
    ]);

    return rows.map((row): FamilySearchResult =>
      canSeeArea(ctx.scope, row.areaId)
        ? {
            kind: "record",
            id: row.id,
            name: row.name,
            postcode: row.postcode,
            areaName: row.areaName,
            members: counts.find((c) => c.familyId === row.id)?.members ?? 0,
          }
        : {
            kind: "elsewhere",
            name: row.name,
            areaName: row.areaName,
            contact: contactTeamOf(row.areaName),
          },
    );
  });
}
