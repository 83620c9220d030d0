import { TRPCError } from "@trpc/server";
import { accessFactsOf, peopleByIds, type Db, type Person } from "@hearth/db";
import { canOpenPerson, restrictedRecordMessage, type PersonAccess } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { audit, denied } from "../trpc";
import { RestrictedRecord } from "./restricted-record";

/** Whether the signed-in member of staff may open each of these people (see canOpenPerson). */
export async function accessToPeople(
  ctx: ScopedContext,
  db: Db,
  people: { id: string; areaId: string | null }[],
): Promise<Map<string, PersonAccess>> {
  const now = ctx.now();
  const facts = await accessFactsOf(
    db,
    people.map((p) => p.id),
    ctx.staff.id,
    now,
  );
  return new Map(people.map((p) => [p.id, canOpenPerson(ctx.scope, p, { staffId: ctx.staff.id, now, ...facts.get(p.id)! })]));
}

export async function accessToPerson(ctx: ScopedContext, db: Db, person: { id: string; areaId: string | null }): Promise<PersonAccess> {
  return (await accessToPeople(ctx, db, [person])).get(person.id)!;
}

/**
 * Audits a refusal of a person's record and returns the error to throw: a restricted record says
 * so and whom to contact; another area's record is answered like an unknown id (ADR 8).
 */
export async function personRefused(
  ctx: ScopedContext,
  event: { action: string; entityType: string; entityId: string },
  access: Exclude<PersonAccess, { open: true }> | null,
): Promise<TRPCError> {
  if (!access) return denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "unknown id" } });
  if (access.reason === "out_of_area") return denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "out of area" } });
  await denied(ctx, { ...event, code: "FORBIDDEN", detail: { reason: "restricted" } });
  return new TRPCError({ code: "FORBIDDEN", message: restrictedRecordMessage(access.contact), cause: new RestrictedRecord(access.contact) });
}

/**
 * The one check before any procedure reads or changes a person's record (people.*, a family's
 * members, a chronology entry about a child): each person must exist, not be a merged duplicate,
 * and be one the caller may open (canOpenPerson: area, a break-the-glass grant, or being named on a
 * restriction). The first refusal is audited and thrown; otherwise the people are returned in order.
 */
export async function assertCanOpenPeople(
  ctx: ScopedContext,
  personIds: string[],
  action: string,
  options: { allowMerged?: boolean } = {},
): Promise<Person[]> {
  const found = await peopleByIds(ctx.db, personIds);
  const people = personIds.map((id) => found.find((p) => p.id === id) ?? null);
  const access = await accessToPeople(
    ctx,
    ctx.db,
    people.filter((p): p is Person => p !== null),
  );
  for (const [index, personId] of personIds.entries()) {
    const person = people[index];
    const event = { action, entityType: "person", entityId: personId };
    if (!person) throw await personRefused(ctx, event, null);
    const open = access.get(personId)!;
    if (!open.open) throw await personRefused(ctx, event, open);
    if (person.mergedIntoId && !options.allowMerged) {
      await audit(ctx, ctx.db, { ...event, outcome: "denied", detail: { reason: "merged", mergedIntoId: person.mergedIntoId } });
      throw new TRPCError({ code: "CONFLICT", message: "This record was merged into another: open the kept record instead" });
    }
  }
  return people as Person[];
}

/** assertCanOpenPeople for one person. */
export async function assertCanOpenPerson(ctx: ScopedContext, personId: string, action: string): Promise<Person> {
  return (await assertCanOpenPeople(ctx, [personId], action))[0]!;
}
