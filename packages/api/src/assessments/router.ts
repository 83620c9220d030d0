import {
  ehaCompleteSchema,
  ehaIdSchema,
  ehaListSchema,
  ehaQualityAuditSchema,
  ehaReturnSchema,
  ehaReviewSchema,
  ehaSectionSaveSchema,
  ehaSignOffSchema,
  ehaStartSchema,
  ehaWithdrawConsentSchema,
} from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { auditAssessmentQuality, takeAssessmentStep, withdrawAssessmentConsent } from "./lifecycle";
import { readAssessmentList } from "./list-assessments";
import { ehaDetailSchema, ehaListResultSchema, ehaStartedSchema } from "./output-schemas";
import { readAssessment } from "./read-assessment";
import { saveAssessmentSection } from "./save-section";
import { startAssessment } from "./start-assessment";

/**
 * Early Help Assessments (issue 11 §3). An assessment belongs to its family's area; another
 * area's is answered as if it did not exist. Senior practitioners sign off and audit.
 */
export const assessmentsRouter = createTRPCRouter({
  start: roleProcedure("assessments.write")
    .input(ehaStartSchema)
    .output(ehaStartedSchema)
    .mutation(({ ctx, input }) => startAssessment(ctx, input)),

  list: roleProcedure("assessments.read")
    .input(ehaListSchema)
    .output(ehaListResultSchema)
    .query(({ ctx, input }) => readAssessmentList(ctx, input)),

  get: roleProcedure("assessments.read")
    .input(ehaIdSchema)
    .output(ehaDetailSchema)
    .query(({ ctx, input }) => readAssessment(ctx, input.assessmentId)),

  saveSection: roleProcedure("assessments.write")
    .input(ehaSectionSaveSchema)
    .output(ehaDetailSchema)
    .mutation(({ ctx, input }) => saveAssessmentSection(ctx, input)),

  withdrawConsent: roleProcedure("assessments.write")
    .input(ehaWithdrawConsentSchema)
    .output(ehaDetailSchema)
    .mutation(({ ctx, input }) => withdrawAssessmentConsent(ctx, input)),

  complete: roleProcedure("assessments.write")
    .input(ehaCompleteSchema)
    .output(ehaDetailSchema)
    .mutation(({ ctx, input }) => takeAssessmentStep(ctx, input.assessmentId, { kind: "completed", on: input.on })),

  signOff: roleProcedure("assessments.signOff")
    .input(ehaSignOffSchema)
    .output(ehaDetailSchema)
    .mutation(({ ctx, input }) => takeAssessmentStep(ctx, input.assessmentId, { kind: "signed_off", on: input.on })),

  returnToAuthor: roleProcedure("assessments.signOff")
    .input(ehaReturnSchema)
    .output(ehaDetailSchema)
    .mutation(({ ctx, input }) => takeAssessmentStep(ctx, input.assessmentId, { kind: "returned", comments: input.comments })),

  review: roleProcedure("assessments.write")
    .input(ehaReviewSchema)
    .output(ehaDetailSchema)
    .mutation(({ ctx, input }) => takeAssessmentStep(ctx, input.assessmentId, { kind: "reviewed", on: input.on, summary: input.summary })),

  qualityAudit: roleProcedure("assessments.audit")
    .input(ehaQualityAuditSchema)
    .output(ehaDetailSchema)
    .mutation(({ ctx, input }) => auditAssessmentQuality(ctx, input)),
});
