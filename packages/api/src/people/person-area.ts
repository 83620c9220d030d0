import { areaForPostcodeDistrict, type Db } from "@hearth/db";
import { canSeeArea, postcodeDistrict } from "@hearth/domain";
import type { Context } from "../context";
import { denied, fieldError } from "../trpc";

/**
 * The area a record belongs to, from its postcode. Staff may only place a record in an area they
 * can see: otherwise they would create something they could never open again.
 */
export async function areaForRecordPostcode(
  ctx: Context & { scope: NonNullable<Context["scope"]> },
  db: Db,
  postcode: string | undefined | null,
  event: { action: string; entityType: string; entityId?: string },
): Promise<string | null> {
  if (!postcode) return null;
  const areaId = await areaForPostcodeDistrict(db, postcodeDistrict(postcode));
  if (!canSeeArea(ctx.scope, areaId)) {
    await denied(ctx, { ...event, code: "FORBIDDEN", detail: { reason: "postcode out of area" } });
    throw fieldError("postcode", "This postcode is outside your area: ask that area's team to record this person");
  }
  return areaId;
}
