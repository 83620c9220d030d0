import { and, eq, gt, inArray, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../client";
import { childProtectionPlans, cinReferrals } from "../schema";

/**
 * Which of these children are on a child protection plan today by their statutory episode: a CP
 * plan begun and not ended. The workload counts a child whose case category or episode says so,
 * so a plan recorded in the episode counts even before the case's category is changed.
 */
export async function childrenOnCpPlans(db: Db, personIds: string[], today: string): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const rows = await db
    .selectDistinct({ personId: cinReferrals.personId })
    .from(childProtectionPlans)
    .innerJoin(cinReferrals, eq(cinReferrals.id, childProtectionPlans.referralId))
    .where(
      and(
        inArray(cinReferrals.personId, personIds),
        lte(childProtectionPlans.startDate, today),
        or(isNull(childProtectionPlans.endDate), gt(childProtectionPlans.endDate, today)),
      ),
    );
  return new Set(rows.map((r) => r.personId));
}
