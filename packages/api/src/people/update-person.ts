import { updatePerson, type Person } from "@hearth/db";
import { dateOfBirthProblem, type PersonUpdate } from "@hearth/domain";
import type { Context } from "../context";
import { assertCanOpenPerson } from "../record-access/person-access";
import { audit, fieldError } from "../trpc";
import { ownerAreaAfterPostcodeChange } from "./person-area";

type StaffContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };

const isUniqueViolation = (error: unknown, constraint: string) =>
  typeof error === "object" && error !== null && "cause" in error
    ? JSON.stringify(error.cause ?? "").includes(constraint)
    : String(error).includes(constraint);

export async function updatePersonRecord(ctx: StaffContext, input: PersonUpdate): Promise<Person> {
  const event = { action: "person.update", entityType: "person", entityId: input.personId };
  // A restricted record is changed only by the staff named on it, like it is read.
  const existing = await assertCanOpenPerson(ctx, input.personId, event.action);

  const { changes } = input;
  if (changes.dateOfBirth) {
    const problem = dateOfBirthProblem(changes.dateOfBirth, ctx.now().toISOString().slice(0, 10));
    if (problem) throw fieldError("dateOfBirth", problem);
  }
  const areaChange = await ownerAreaAfterPostcodeChange(ctx, ctx.db, { postcode: changes.postcode, currentAreaId: existing.areaId }, event);

  try {
    return await ctx.db.transaction(async (tx) => {
      const person = await updatePerson(tx, input.personId, { ...changes, ...areaChange });
      await audit(ctx, tx, { ...event, detail: { fields: Object.keys(changes) } });
      return person!;
    });
  } catch (error) {
    if (isUniqueViolation(error, "people_nhs_number_key"))
      throw fieldError("nhsNumber", "Someone else is already recorded with this NHS number", "CONFLICT");
    if (isUniqueViolation(error, "people_upn_key")) throw fieldError("upn", "Someone else is already recorded with this UPN", "CONFLICT");
    throw error;
  }
}
