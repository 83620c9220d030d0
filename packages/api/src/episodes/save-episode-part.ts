import { storedCensusChildren, type Db } from "@hearth/db";
import { censusProblemsOf, londonDateOf, newRefusedProblems, type CensusProblem, type EpisodePartKind } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { audit, fieldErrors } from "../trpc";
import { withChildOnCase } from "./child-on-case";

/** The form field a refusal belongs beside when it concerns another record than the one saved. */
const mainField: Record<SavedPartKind, string> = {
  child: "sex",
  referral: "referralDate",
  assessment: "startDate",
  cinPlan: "startDate",
  section47: "startDate",
  cpPlan: "startDate",
  closure: "closureDate",
  lookedAfter: "startDate",
};

/** The episode parts and the child's own census details, saved alike. */
export type SavedPartKind = EpisodePartKind | "child";

export interface SavedPart {
  recordId: string;
  referralId: string | null;
}

function fieldOf(problem: CensusProblem, part: SavedPartKind, saved: SavedPart) {
  const own = problem.part === part && problem.recordId === saved.recordId;
  return `record.${own ? problem.field : mainField[part]}`;
}

/**
 * Saving any part of a child's statutory episode: the write and the census checks at source in
 * one transaction. The child's census record is checked before and after the write; a problem the
 * write brings about that can never be valid (dates out of order, overlapping plans) refuses it,
 * beside the field, and nothing is kept. Everything else is returned as a warning to show beside
 * its field. `write` answers null when the record to change is not this child's.
 */
export async function saveEpisodePart(
  ctx: ScopedContext,
  input: { caseId: string; childId: string },
  part: SavedPartKind,
  write: (tx: Db, childId: string) => Promise<SavedPart | null>,
) {
  const action = `episodes.${part}.save`;
  const today = londonDateOf(ctx.now());
  return withChildOnCase(ctx, input, action, { change: true }, async (tx, fssCase, child) => {
    const problemsNow = async () => censusProblemsOf((await storedCensusChildren(tx, [child.personId])).get(child.personId)!, today);
    const before = await problemsNow();
    const saved = await write(tx, child.personId);
    if (!saved) throw new TRPCError({ code: "NOT_FOUND", message: "No record was found" });
    const after = await problemsNow();
    const refused = newRefusedProblems(before, after);
    if (refused.length) throw fieldErrors(refused.map((p) => ({ field: fieldOf(p, part, saved), message: `${p.message} (census rule ${p.code})` })));
    await audit(ctx, tx, {
      action,
      entityType: "person",
      entityId: child.personId,
      detail: { caseId: fssCase.id, part, recordId: saved.recordId, censusProblems: after.map((p) => p.code) },
    });
    return { ...saved, problems: after };
  });
}
