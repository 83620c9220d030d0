import { familyToCheck, listOpenFamilyMatches, type Db } from "@hearth/db";
import { canSeeArea, familyMatchReasons } from "@hearth/domain";
import { z } from "zod";
import { hiddenFromReader, shownPerson } from "../record-access/restricted-in-lists";
import { audit } from "../trpc";
import type { StaffContext } from "./scope";

const familySchema = z.object({
  id: z.string(),
  name: z.string(),
  postcode: z.string().nullable(),
  carers: z.array(z.string()),
  members: z.array(
    z.object({
      personId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      dateOfBirth: z.string(),
      role: z.string(),
      restricted: z.boolean(),
    }),
  ),
});

export const familyMatchSchema = z.object({
  id: z.string(),
  reason: z.enum(familyMatchReasons),
  createdAt: z.iso.datetime({ offset: true }),
  /** The family the booking made. */
  family: familySchema,
  /** The family already known that it may be. */
  existingFamily: familySchema,
});
export const familyMatchListSchema = z.array(familyMatchSchema);
export type FamilyMatch = z.infer<typeof familyMatchSchema>;

/** Enough for one screen; the oldest come first, so none waits for ever. */
const SHOWN = 50;

/**
 * The open matches whose two families are both in the caller's area, each family with its members
 * and carers. Both families' records are read, so each is audited, in the same transaction.
 */
export async function listFamilyMatches(ctx: StaffContext): Promise<FamilyMatch[]> {
  return ctx.db.transaction(async (tx) => {
    const open = (await listOpenFamilyMatches(tx, { limit: SHOWN })).filter(
      (m) => canSeeArea(ctx.scope, m.familyAreaId) && canSeeArea(ctx.scope, m.existingFamilyAreaId),
    );
    const shown: FamilyMatch[] = [];
    for (const match of open) {
      const family = await visibleFamilyToCheck(ctx, tx, match.familyId);
      const existingFamily = await visibleFamilyToCheck(ctx, tx, match.existingFamilyId);
      for (const entityId of [match.familyId, match.existingFamilyId])
        await audit(ctx, tx, { action: "family.read", entityType: "family", entityId, detail: { via: "families to check", matchId: match.id } });
      shown.push({ id: match.id, reason: match.reason, createdAt: match.createdAt.toISOString(), family, existingFamily });
    }
    return shown;
  });
}

/** A family to check, with any member restricted from this reader shown only as whom to contact. */
async function visibleFamilyToCheck(ctx: StaffContext, tx: Db, familyId: string) {
  const family = await familyToCheck(tx, familyId);
  const hidden = await hiddenFromReader(
    ctx,
    tx,
    family.members.map((m) => m.personId),
  );
  return { ...family, members: family.members.map((m) => shownPerson(m, hidden)) };
}
