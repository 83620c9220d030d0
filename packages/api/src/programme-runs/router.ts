import {
  programmeReferralAnswerSchema,
  programmeReferralCreateSchema,
  programmeRegisterReadSchema,
  programmeRegisterSchema,
  programmeRunCreateSchema,
  programmeRunIdSchema,
  programmeRunStatusChangeSchema,
} from "@hearth/domain";
import { schema } from "@hearth/db";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { programmeFiguresSchema, referralOutcomeSchema, registerSchema, runDetailSchema, runReportSchema, runSummarySchema } from "./output-schemas";
import { changeRunStatus, listFacilitators, listRuns, listRunsOpenForReferral, putOnRun } from "./put-on-run";
import { readRun } from "./read-run";
import { answerOffer, referToRun } from "./refer";
import { sessionRegister, takeRegister } from "./register";
import { programmeFigures, runReport } from "./run-report";

/**
 * Runs of group programmes (issue 13): put on by FSS managers, referred to from casework and the
 * centres, places offered from a waiting list in order, registers taken on a tablet, and reports
 * of completion and outcome change. A run belongs to its area; another area's is not found.
 */
export const programmeRunsRouter = createTRPCRouter({
  list: roleProcedure("programmeRuns.read")
    .input(z.object({ programmeId: z.uuid({ error: "Unknown programme" }).optional() }).default({}))
    .output(z.array(runSummarySchema))
    .query(({ ctx, input }) => listRuns(ctx, input)),

  /** The runs still taking referrals, for whoever refers (LCSS from an assessment, a team or a consultation, too). */
  openForReferral: roleProcedure("programmeRuns.refer")
    .input(z.object({}).default({}))
    .output(z.array(runSummarySchema))
    .query(({ ctx }) => listRunsOpenForReferral(ctx)),

  get: roleProcedure("programmeRuns.read")
    .input(programmeRunIdSchema)
    .output(runDetailSchema)
    .query(({ ctx, input }) => readRun(ctx, input.runId)),

  create: roleProcedure("programmeRuns.manage")
    .input(programmeRunCreateSchema)
    .output(z.object({ id: z.string(), sessionDates: z.array(z.string()) }))
    .mutation(({ ctx, input }) => putOnRun(ctx, input)),

  facilitators: roleProcedure("programmeRuns.manage")
    .input(z.object({}).default({}))
    .output(z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), areaId: z.string() })))
    .query(({ ctx }) => listFacilitators(ctx)),

  setStatus: roleProcedure("programmeRuns.manage")
    .input(programmeRunStatusChangeSchema)
    .output(z.object({ id: z.string(), status: z.enum(schema.programmeRunStatus.enumValues) }))
    .mutation(({ ctx, input }) => changeRunStatus(ctx, input)),

  refer: roleProcedure("programmeRuns.refer")
    .input(programmeReferralCreateSchema)
    .output(referralOutcomeSchema)
    .mutation(({ ctx, input }) => referToRun(ctx, input)),

  answerOffer: roleProcedure("programmeRuns.enrol")
    .input(programmeReferralAnswerSchema)
    .output(referralOutcomeSchema)
    .mutation(({ ctx, input }) => answerOffer(ctx, input)),

  register: roleProcedure("programmeRuns.register")
    .input(programmeRegisterReadSchema)
    .output(registerSchema)
    .query(({ ctx, input }) => sessionRegister(ctx, input)),

  recordRegister: roleProcedure("programmeRuns.register")
    .input(programmeRegisterSchema)
    .output(z.object({ runId: z.string(), sessionDate: z.string(), marked: z.number().int(), completed: z.number().int() }))
    .mutation(({ ctx, input }) => takeRegister(ctx, input)),

  report: roleProcedure("programmeRuns.report")
    .input(programmeRunIdSchema)
    .output(runReportSchema)
    .query(({ ctx, input }) => runReport(ctx, input.runId)),

  programmeFigures: roleProcedure("programmeRuns.report")
    .input(z.object({ programmeId: z.uuid({ error: "Unknown programme" }) }))
    .output(programmeFiguresSchema)
    .query(({ ctx, input }) => programmeFigures(ctx, input.programmeId)),
});
