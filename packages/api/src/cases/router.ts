import {
  caseCloseSchema,
  caseloadListSchema,
  caseOpenSchema,
  caseOversightRecordSchema,
  casePlanActionAddSchema,
  casePlanActionUpdateSchema,
  casePlanOutcomeAddSchema,
  caseReadSchema,
  caseReallocateSchema,
  caseReopenSchema,
  caseReviewRecordSchema,
  caseVisitRecordSchema,
} from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { closeCase, reopenCase } from "./close-case";
import { openCase } from "./open-case";
import { addCasePlanAction, addCasePlanOutcome, updateCasePlanAction } from "./case-plan";
import {
  caseChangedSchema,
  caseloadSchema,
  caseOpenedSchema,
  casePageSchema,
  caseStatusChangedSchema,
  caseVisitRecordedSchema,
  teamWorkloadSchema,
} from "./output-schemas";
import { reallocateCase } from "./reallocate-case";
import { recordCaseOversight, recordCaseReview } from "./record-review";
import { readTeamWorkload } from "./team-workload";
import { listCaseload, readCase } from "./read-case";
import { recordCaseVisit } from "./record-visit";

/** FSS whole-family cases (issue 12 §2): opened by a manager, worked by the key worker, closed and reopened. */
export const casesRouter = createTRPCRouter({
  open: roleProcedure("cases.open")
    .input(caseOpenSchema)
    .output(caseOpenedSchema)
    .mutation(({ ctx, input }) => openCase(ctx, input)),
  get: roleProcedure("cases.read")
    .input(caseReadSchema)
    .output(casePageSchema)
    .query(({ ctx, input }) => readCase(ctx, input.caseId)),
  myCaseload: roleProcedure("cases.read")
    .input(caseloadListSchema)
    .output(caseloadSchema)
    .query(({ ctx, input }) => listCaseload(ctx, input)),
  recordVisit: roleProcedure("cases.recordVisit")
    .input(caseVisitRecordSchema)
    .output(caseVisitRecordedSchema)
    .mutation(({ ctx, input }) => recordCaseVisit(ctx, input)),
  close: roleProcedure("cases.close")
    .input(caseCloseSchema)
    .output(caseStatusChangedSchema)
    .mutation(({ ctx, input }) => closeCase(ctx, input)),
  reopen: roleProcedure("cases.reopen")
    .input(caseReopenSchema)
    .output(caseStatusChangedSchema)
    .mutation(({ ctx, input }) => reopenCase(ctx, input)),
  addOutcome: roleProcedure("cases.plan")
    .input(casePlanOutcomeAddSchema)
    .output(caseChangedSchema)
    .mutation(({ ctx, input }) => addCasePlanOutcome(ctx, input)),
  addAction: roleProcedure("cases.plan")
    .input(casePlanActionAddSchema)
    .output(caseChangedSchema)
    .mutation(({ ctx, input }) => addCasePlanAction(ctx, input)),
  updateAction: roleProcedure("cases.plan")
    .input(casePlanActionUpdateSchema)
    .output(caseChangedSchema)
    .mutation(({ ctx, input }) => updateCasePlanAction(ctx, input)),
  recordReview: roleProcedure("cases.plan")
    .input(caseReviewRecordSchema)
    .output(caseChangedSchema)
    .mutation(({ ctx, input }) => recordCaseReview(ctx, input)),
  recordOversight: roleProcedure("cases.oversee")
    .input(caseOversightRecordSchema)
    .output(caseChangedSchema)
    .mutation(({ ctx, input }) => recordCaseOversight(ctx, input)),
  reallocate: roleProcedure("cases.oversee")
    .input(caseReallocateSchema)
    .output(caseChangedSchema)
    .mutation(({ ctx, input }) => reallocateCase(ctx, input)),
  teamWorkload: roleProcedure("cases.oversee")
    .input(z.object({}))
    .output(teamWorkloadSchema)
    .query(({ ctx }) => readTeamWorkload(ctx)),
});
