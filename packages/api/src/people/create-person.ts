import { findLikelyMatches, insertPerson, type Person } from "@hearth/db";
import { canSeeArea, dateOfBirthProblem, type PersonCreate } from "@hearth/domain";
import type { Context } from "../context";
import { audit, fieldError } from "../trpc";
import { accessToPeople } from "../record-access/person-access";
import { ownerAreaForNewRecord } from "./person-area";

type StaffContext = Context & {
  staff: NonNullable<Context["staff"]>;
  scope: NonNullable<Context["scope"]>;
};

export type PersonMatch = Pick<Person, "id" | "firstName" | "lastName" | "dateOfBirth" | "postcode"> & {
  reason: "nhs_number" | "upn" | "name_and_date_of_birth";
};

export type CreatePersonResult =
  { status: "created"; person: Person } | { status: "possible_duplicates"; matches: PersonMatch[]; matchesOutsideYourArea: number };

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Creates a person unless they are probably on the index already. Same NHS number or UPN is a
 * certain match and is refused; same name and date of birth is shown back to the worker, who
 * confirms it is somebody else before the record is made.
 */
export async function createPerson(ctx: StaffContext, input: PersonCreate): Promise<CreatePersonResult> {
  const problem = dateOfBirthProblem(input.dateOfBirth, today(ctx.now()));
  if (problem) throw fieldError("dateOfBirth", problem);
  // Decided before the transaction: a refusal is audited on its own connection, which must not
  // wait behind an open transaction (PGlite has only one).
  const areaId = await ownerAreaForNewRecord(ctx, ctx.db, input, { action: "person.create", entityType: "person" });

  return ctx.db.transaction(async (tx) => {
    const candidates = await findLikelyMatches(tx, input);
    const byIdentifier = (field: "nhsNumber" | "upn") => (input[field] ? candidates.find((c) => c[field] === input[field]) : undefined);
    if (byIdentifier("nhsNumber"))
      throw fieldError("nhsNumber", "Someone with this NHS number is already recorded: search for them instead", "CONFLICT");
    if (byIdentifier("upn")) throw fieldError("upn", "Someone with this UPN is already recorded: search for them instead", "CONFLICT");

    if (candidates.length && !input.confirmedNotDuplicate) {
      // A restricted match is shown only to staff named on it, like its page; others get the count.
      const access = await accessToPeople(ctx, tx, candidates);
      const visible = candidates.filter((c) => canSeeArea(ctx.scope, c.areaId) && access.get(c.id)?.open);
      for (const match of visible)
        await audit(ctx, tx, { action: "person.read", entityType: "person", entityId: match.id, detail: { reason: "duplicate check" } });
      return {
        status: "possible_duplicates" as const,
        matches: visible.map((c) => ({
          id: c.id,
          firstName: c.firstName,
          lastName: c.lastName,
          dateOfBirth: c.dateOfBirth,
          postcode: c.postcode,
          reason: "name_and_date_of_birth" as const,
        })),
        matchesOutsideYourArea: candidates.length - visible.length,
      };
    }

    const { confirmedNotDuplicate, areaId: _chosen, ...fields } = input;
    const person = await insertPerson(tx, { ...fields, areaId, createdBy: ctx.staff.id });
    await audit(ctx, tx, {
      action: "person.create",
      entityType: "person",
      entityId: person.id,
      detail: { confirmedNotDuplicate, fields: Object.keys(fields) },
    });
    return { status: "created" as const, person };
  });
}
