import { familiesOfPerson, findLikelyMatches, linkedRowCounts, listAreas, type Db, type Person } from "@hearth/db";
import { mergeRefusal, type PersonMerge } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { accessToPeople, assertCanOpenPerson } from "../record-access/person-access";
import { audit } from "../trpc";
import { mergeFactsOf, mergePair } from "./merge-people";

/** One side of the merge review: enough to tell whether two records are one person, and what is linked. */
async function side(db: Db, person: Person, areas: Map<string, string>) {
  const families = await familiesOfPerson(db, person.id);
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    dateOfBirth: person.dateOfBirth,
    nhsNumber: person.nhsNumber,
    upn: person.upn,
    postcode: person.postcode,
    areaName: areas.get(person.areaId) ?? "",
    families: families.map((f) => f.name),
    linked: await linkedRowCounts(db, person.id),
  };
}

/**
 * Both records side by side, with what would move and, if the merge would be refused, why: so the
 * officer sees the refusal before pressing the button. Both reads are audited.
 */
export async function reviewMerge(ctx: ScopedContext, input: PersonMerge) {
  const action = "person.merge_review";
  const { duplicate, keep } = await mergePair(ctx, input, action);
  return ctx.db.transaction(async (tx) => {
    const areas = new Map((await listAreas(tx)).map((a) => [a.id, a.name]));
    const refusal = mergeRefusal(await mergeFactsOf(tx, input, duplicate, keep));
    for (const personId of [duplicate.id, keep.id])
      await audit(ctx, tx, { action: "person.read", entityType: "person", entityId: personId, detail: { via: "merge review" } });
    return { duplicate: await side(tx, duplicate, areas), keep: await side(tx, keep, areas), refusal };
  });
}

/**
 * The records that may be the same person as this one (the add-person duplicate check's matching),
 * for choosing a duplicate to merge: only those the officer may open, each read audited.
 */
export async function mergeCandidates(ctx: ScopedContext, personId: string) {
  const person = await assertCanOpenPerson(ctx, personId, "person.merge_candidates");
  return ctx.db.transaction(async (tx) => {
    const areas = new Map((await listAreas(tx)).map((a) => [a.id, a.name]));
    const found = (
      await findLikelyMatches(tx, { ...person, nhsNumber: person.nhsNumber ?? undefined, upn: person.upn ?? undefined, postcode: undefined })
    ).filter((p) => p.id !== person.id);
    const access = await accessToPeople(ctx, tx, found);
    const open = found.filter((p) => access.get(p.id)?.open);
    for (const p of open) await audit(ctx, tx, { action: "person.read", entityType: "person", entityId: p.id, detail: { via: "merge candidates" } });
    return open.map((p) => ({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      dateOfBirth: p.dateOfBirth,
      postcode: p.postcode,
      areaName: areas.get(p.areaId) ?? "",
    }));
  });
}
