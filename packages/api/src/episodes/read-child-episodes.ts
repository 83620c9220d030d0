import { cinEpisodesOfChildren, lookedAfterPeriodsOf, storedCensusChildren } from "@hearth/db";
import { censusProblemsOf, londonDateOf, type ChildEpisodesRead } from "@hearth/domain";
import { mayChangeCase } from "../cases/case-scope";
import type { ScopedContext } from "../families/family-view";
import { audit } from "../trpc";
import { withChildOnCase } from "./child-on-case";

/**
 * One child's statutory episodes, from a case: every referral with its assessments, plans,
 * enquiries and closure, the looked-after periods, and the census problems with the record as it
 * stands, each placed on its record and field. A read of the child's record, audited.
 */
export async function readChildEpisodes(ctx: ScopedContext, input: ChildEpisodesRead) {
  const action = "episodes.read";
  const today = londonDateOf(ctx.now());
  return withChildOnCase(ctx, input, action, { change: false }, async (tx, fssCase, child) => {
    const [episodes, lookedAfter, stored] = await Promise.all([
      cinEpisodesOfChildren(tx, [child.personId]),
      lookedAfterPeriodsOf(tx, child.personId),
      storedCensusChildren(tx, [child.personId]),
    ]);
    const details = stored.get(child.personId)!.child;
    await audit(ctx, tx, { action, entityType: "person", entityId: child.personId, detail: { caseId: fssCase.id } });
    return {
      child: {
        personId: child.personId,
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        laChildId: details.laChildId ?? null,
        upn: details.upn ?? null,
        sex: details.sex ?? null,
        ethnicity: details.ethnicity ?? null,
        disabilities: details.disabilities,
        upnUnknownReason: details.upnUnknown ?? null,
        formerUpn: details.formerUpn ?? null,
        dateOfDeath: details.dateOfDeath ?? null,
      },
      case: { id: fssCase.id, familyId: fssCase.familyId, status: fssCase.status },
      canChange: fssCase.status === "open" && mayChangeCase(ctx.staff, fssCase),
      today,
      episodes,
      lookedAfterPeriods: lookedAfter,
      problems: censusProblemsOf(stored.get(child.personId)!, today),
    };
  });
}
