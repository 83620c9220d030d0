import { areaForPostcodeDistrict, type Db } from "@hearth/db";
import { ownerAreaFor, ownerAreaProblems, postcodeDistrict } from "@hearth/domain";
import type { Context } from "../context";
import { denied, fieldError } from "../trpc";

type ScopedContext = Context & { scope: NonNullable<Context["scope"]> };
type Event = { action: string; entityType: string; entityId?: string };

const postcodeArea = (db: Db, postcode: string | undefined | null) =>
  postcode ? areaForPostcodeDistrict(db, postcodeDistrict(postcode)) : Promise.resolve(null);

/**
 * The area that owns a new person or family (ADR 8): never none. Refusals are field errors the
 * form shows; placing a record in an area the caller cannot see is also audited as a denial.
 */
export async function ownerAreaForNewRecord(
  ctx: ScopedContext,
  db: Db,
  input: { postcode?: string | null; areaId?: string | null },
  event: Event,
): Promise<string> {
  const decision = ownerAreaFor(ctx.scope, { postcodeAreaId: await postcodeArea(db, input.postcode), chosenAreaId: input.areaId });
  if ("areaId" in decision) return decision.areaId;
  const { field, message } = ownerAreaProblems[decision.problem];
  if (decision.problem !== "choose_area") await denied(ctx, { ...event, code: "FORBIDDEN", detail: { reason: decision.problem } });
  throw fieldError(field, message);
}

/**
 * The owning area after a postcode change to a record the caller can already see: a postcode in
 * the county moves it to that area (which the caller must be able to see), and one outside keeps
 * it where it is. A postcode never frees a record from its area.
 */
export async function ownerAreaAfterPostcodeChange(
  ctx: ScopedContext,
  db: Db,
  p: { postcode: string | undefined; currentAreaId: string },
  event: Event,
): Promise<{ areaId?: string }> {
  if (p.postcode === undefined) return {};
  return { areaId: await ownerAreaForNewRecord(ctx, db, { postcode: p.postcode, areaId: p.currentAreaId }, event) };
}
