import { TRPCError } from "@trpc/server";
import { accessFactsOf, type Db } from "@hearth/db";
import { canOpenPerson, restrictedRecordMessage, type PersonAccess } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { denied } from "../trpc";
import { RestrictedRecord } from "./restricted-record";

/** Whether the signed-in member of staff may open each of these people (see canOpenPerson). */
export async function accessToPeople(ctx: ScopedContext, db: Db, people: { id: string; areaId: string | null }[]): Promise<Map<string, PersonAccess>> {
  const now = ctx.now();
  const facts = await accessFactsOf(db, people.map((p) => p.id), ctx.staff.id, now);
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
