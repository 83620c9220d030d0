import { TRPCError } from "@trpc/server";
import { lockPeopleForMerge, mergePersonInto, openFamilyMatchesOf, sharedProgrammeRuns, type Db, type Person } from "@hearth/db";
import { mergeRefusal, type MergeFacts, type PersonMerge } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { assertCanOpenPeople } from "../record-access/person-access";
import { audit, fieldError } from "../trpc";

const identity = (p: Pick<Person, "mergedIntoId" | "nhsNumber" | "upn">) => ({ mergedIntoId: p.mergedIntoId, nhsNumber: p.nhsNumber, upn: p.upn });

/** Everything mergeRefusal weighs, read on `db` (inside the merge's transaction, after the rows are locked). */
export async function mergeFactsOf(db: Db, input: PersonMerge, duplicate: Person, keep: Person): Promise<MergeFacts> {
  const ids = [input.duplicateId, input.keepId];
  return {
    ...input,
    duplicate: identity(duplicate),
    keep: identity(keep),
    openFamilyMatches: await openFamilyMatchesOf(db, ids),
    sharedProgrammeRuns: await sharedProgrammeRuns(db, input.duplicateId, input.keepId),
  };
}

/**
 * The two records of a merge, refused (and audited) unless the officer may open both: a
 * restricted record only for staff named on it, so nobody merges history into or out of a
 * record they could not read. A merge of a record into itself is refused before anything is read.
 */
export async function mergePair(ctx: ScopedContext, input: PersonMerge, action: string) {
  if (input.duplicateId === input.keepId) {
    await audit(ctx, ctx.db, { action, entityType: "person", entityId: input.keepId, outcome: "denied", detail: { reason: "same record" } });
    throw fieldError(
      "keepId",
      mergeRefusal({
        ...input,
        duplicate: identity({ mergedIntoId: null, nhsNumber: null, upn: null }),
        keep: identity({ mergedIntoId: null, nhsNumber: null, upn: null }),
        openFamilyMatches: 0,
        sharedProgrammeRuns: 0,
      })!,
    );
  }
  const [duplicate, keep] = await assertCanOpenPeople(ctx, [input.duplicateId, input.keepId], action, { allowMerged: true });
  return { duplicate: duplicate!, keep: keep! };
}

/**
 * Merges a duplicate into the record to keep (issue 10 §2): in one transaction the two rows are
 * locked, the refusal rules are checked again (nothing changed since the review), everything
 * linked moves, the duplicate is marked as merged and the merge is audited against both records
 * with the counts moved. Any failure rolls all of it back.
 */
export async function mergePeople(ctx: ScopedContext, input: PersonMerge) {
  const action = "person.merge";
  await mergePair(ctx, input, action);
  const outcome = await ctx.db.transaction(async (tx) => {
    const locked = await lockPeopleForMerge(tx, [input.duplicateId, input.keepId]);
    const row = (id: string) => {
      const r = locked.find((l) => l.id === id)!;
      return { mergedIntoId: r.merged_into_id, nhsNumber: r.nhs_number, upn: r.upn } as Person;
    };
    const refusal = mergeRefusal(await mergeFactsOf(tx, input, row(input.duplicateId), row(input.keepId)));
    if (refusal) return { refusal };
    const { moved, dropped } = await mergePersonInto(tx, { fromId: input.duplicateId, toId: input.keepId, staffId: ctx.staff.id, at: ctx.now() });
    const detail = { duplicateId: input.duplicateId, keepId: input.keepId, moved, dropped };
    await audit(ctx, tx, { action, entityType: "person", entityId: input.keepId, detail });
    await audit(ctx, tx, { action, entityType: "person", entityId: input.duplicateId, detail });
    return { moved, dropped };
  });
  if ("refusal" in outcome) {
    // Audited after the transaction, on its own, so the refusal is kept (the transaction wrote nothing).
    await audit(ctx, ctx.db, {
      action,
      entityType: "person",
      entityId: input.keepId,
      outcome: "denied",
      detail: { duplicateId: input.duplicateId, reason: outcome.refusal },
    });
    throw new TRPCError({ code: "CONFLICT", message: outcome.refusal });
  }
  return { keptId: input.keepId, mergedId: input.duplicateId, moved: outcome.moved, dropped: outcome.dropped };
}
