import {
  consultationCreateSchema,
  consultationDetailSchema,
  consultationIdSchema,
  consultationImmediateRiskSchema,
  consultationListResultSchema,
  consultationListSchema,
  consultationMakeNamedSchema,
  consultationRecordedSchema,
  consultationRecordFeedbackSchema,
  consultationReferenceSchema,
} from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { confirmConsultationDecision } from "./confirm-decision";
import { createConsultation } from "./create-consultation";
import { readConsultationList } from "./list-consultations";
import { makeConsultationNamed } from "./make-named";
import { readConsultation } from "./read-consultation";
import { recordReferrerFeedback } from "./record-feedback";
import { recordImmediateRisk } from "./record-immediate-risk";
import { consultationReference } from "./reference";

/**
 * The LCSS advice line (issue 11 §1): calls from professionals, each with its threshold decision.
 * Consultations belong to an area; another area's is answered as if it did not exist.
 */
export const consultationsRouter = createTRPCRouter({
  reference: roleProcedure("consultations.read")
    .input(z.object({}).default({}))
    .output(consultationReferenceSchema)
    .query(({ ctx }) => consultationReference(ctx)),

  recordImmediateRisk: roleProcedure("consultations.write")
    .input(consultationImmediateRiskSchema)
    .output(consultationRecordedSchema)
    .mutation(({ ctx, input }) => recordImmediateRisk(ctx, input)),

  create: roleProcedure("consultations.write")
    .input(consultationCreateSchema)
    .output(consultationRecordedSchema)
    .mutation(({ ctx, input }) => createConsultation(ctx, input)),

  list: roleProcedure("consultations.read")
    .input(consultationListSchema)
    .output(consultationListResultSchema)
    .query(({ ctx, input }) => readConsultationList(ctx, input)),

  get: roleProcedure("consultations.read")
    .input(consultationIdSchema)
    .output(consultationDetailSchema)
    .query(({ ctx, input }) => readConsultation(ctx, input.consultationId)),

  confirmDecision: roleProcedure("consultations.confirm")
    .input(consultationIdSchema)
    .output(consultationDetailSchema)
    .mutation(({ ctx, input }) => confirmConsultationDecision(ctx, input.consultationId)),

  makeNamed: roleProcedure("consultations.write")
    .input(consultationMakeNamedSchema)
    .output(consultationDetailSchema)
    .mutation(({ ctx, input }) => makeConsultationNamed(ctx, input)),

  /** Feedback given to the referrer by phone; an email is sent and recorded by the worker. */
  recordFeedback: roleProcedure("consultations.write")
    .input(consultationRecordFeedbackSchema)
    .output(consultationDetailSchema)
    .mutation(({ ctx, input }) => recordReferrerFeedback(ctx, input)),
});
