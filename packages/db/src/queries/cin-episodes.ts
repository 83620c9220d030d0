import {
  childProtectionPlanRecordSchema,
  cinAssessmentRecordSchema,
  cinClosureSchema,
  cinPlanRecordSchema,
  cinReferralCreateSchema,
  section47RecordSchema,
} from "@hearth/domain";
import type { z } from "zod";
import type { Db } from "../client";
import { childProtectionPlans, cinAssessments, cinClosures, cinPlans, cinReferrals, section47Enquiries } from "../schema";

/**
 * Writing a statutory episode one step at a time. Each record is parsed with the domain's strict
 * schema first, so only known DfE codes and in-order dates are stored; rules that span records
 * (a plan before the referral, overlapping plans) are the census checker's, applied by the caller.
 */
export async function insertCinReferral(db: Db, params: { referral: z.input<typeof cinReferralCreateSchema>; createdBy?: string | null }) {
  const { childId, ...referral } = cinReferralCreateSchema.parse(params.referral);
  const [row] = await db
    .insert(cinReferrals)
    .values({ ...referral, personId: childId, primaryNeed: referral.primaryNeed ?? null, createdBy: params.createdBy ?? null })
    .returning();
  return row!;
}

/** One insert shape for every record that hangs off a referral, so each kind is only a schema and a table. */
function episodeRecord<S extends z.ZodType<object>, T extends Parameters<Db["insert"]>[0]>(schema: S, table: T) {
  return async (db: Db, params: { referralId: string; record: z.input<S> }) => {
    const record = schema.parse(params.record);
    const [row] = await db
      .insert(table)
      .values({ ...record, referralId: params.referralId } as never)
      .returning();
    return row as T["$inferSelect"];
  };
}

export const insertCinAssessment = episodeRecord(cinAssessmentRecordSchema, cinAssessments);
export const insertCinPlan = episodeRecord(cinPlanRecordSchema, cinPlans);
export const insertSection47Enquiry = episodeRecord(section47RecordSchema, section47Enquiries);
export const insertChildProtectionPlan = episodeRecord(childProtectionPlanRecordSchema, childProtectionPlans);

export async function closeCinReferral(db: Db, params: { referralId: string; closure: z.input<typeof cinClosureSchema>; closedBy?: string | null }) {
  const closure = cinClosureSchema.parse(params.closure);
  const [row] = await db
    .insert(cinClosures)
    .values({ ...closure, referralId: params.referralId, closedBy: params.closedBy ?? null })
    .returning();
  return row!;
}

/** The whole episode, in the order the census reads it. */
export function getCinEpisode(db: Db, referralId: string) {
  return db.query.cinReferrals.findFirst({
    where: (r, { eq }) => eq(r.id, referralId),
    with: {
      assessments: { orderBy: (a, { asc }) => asc(a.startDate) },
      cinPlans: { orderBy: (p, { asc }) => asc(p.startDate) },
      section47s: { orderBy: (s, { asc }) => asc(s.startDate) },
      cpPlans: { orderBy: (p, { asc }) => asc(p.startDate) },
      closure: true,
    },
  });
}
