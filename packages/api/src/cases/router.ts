import { caseCloseSchema, caseloadListSchema, caseOpenSchema, caseReadSchema, caseReopenSchema, caseVisitRecordSchema } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { closeCase, reopenCase } from "./close-case";
import { openCase } from "./open-case";
import { caseloadSchema, caseOpenedSchema, casePageSchema, caseStatusChangedSchema, caseVisitRecordedSchema } from "./output-schemas";
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
});
