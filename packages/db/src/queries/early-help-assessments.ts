import { eq } from "drizzle-orm";
import { earlyHelpAssessmentCreateSchema, type EarlyHelpAssessmentCreate, type IsoDate } from "@hearth/domain";
import type { Db } from "../client";
import { earlyHelpAssessmentChildren, earlyHelpAssessments } from "../schema";

/**
 * Records a new assessment and the children it covers, in one transaction. The input is parsed
 * with the domain's schema here as well as at the edge: the findings go into jsonb, which the
 * database cannot check, so nothing reaches it unvalidated.
 */
export async function insertEarlyHelpAssessment(
  db: Db,
  params: { assessment: EarlyHelpAssessmentCreate; dueOn: IsoDate; createdBy?: string | null },
) {
  const { childIds, consent, leadProfessional, ...fields } = earlyHelpAssessmentCreateSchema.parse(params.assessment);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(earlyHelpAssessments)
      .values({
        ...fields,
        dueOn: params.dueOn,
        leadProfessional: leadProfessional ?? null,
        leadProfessionalStaffId: leadProfessional?.staffId ?? null,
        consentGivenByPersonId: consent?.givenByPersonId ?? null,
        consentGivenOn: consent?.givenOn ?? null,
        consentWithdrawnOn: consent?.withdrawnOn ?? null,
        createdBy: params.createdBy ?? null,
      })
      .returning();
    await tx.insert(earlyHelpAssessmentChildren).values(childIds.map((personId) => ({ assessmentId: row!.id, personId })));
    return row!;
  });
}

export async function getEarlyHelpAssessment(db: Db, assessmentId: string) {
  const [row] = await db.select().from(earlyHelpAssessments).where(eq(earlyHelpAssessments.id, assessmentId));
  if (!row) return null;
  const children = await db
    .select({ personId: earlyHelpAssessmentChildren.personId })
    .from(earlyHelpAssessmentChildren)
    .where(eq(earlyHelpAssessmentChildren.assessmentId, assessmentId));
  return { ...row, childIds: children.map((c) => c.personId) };
}
