import {
  ehaIdSchema,
  tafActionAddSchema,
  tafActionStatusSchema,
  tafCloseSchema,
  tafIdSchema,
  tafListSchema,
  tafMeetingScheduleSchema,
  tafMeetingSchema,
  tafMemberAddSchema,
  tafReviewRecordSchema,
  tafReviewScheduleSchema,
  tafStartSchema,
} from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import {
  addTafAction,
  addTafMember,
  changeTafActionStatus,
  closeTeam,
  recordReview,
  recordTafMeeting,
  scheduleMeeting,
  scheduleReview,
} from "./change-taf";
import { readTafList } from "./list-tafs";
import { tafDetailSchema, tafListResultSchema, tafOfAssessmentSchema, tafStartedSchema } from "./output-schemas";
import { readTaf, readTafOfAssessment } from "./read-taf";
import { startTaf } from "./start-taf";

/**
 * Team Around the Family (issue 11 §4): started from a completed assessment, run by LCSS with the
 * family and partner agencies. A team belongs to its family's area; another area's is not found.
 */
export const tafRouter = createTRPCRouter({
  start: roleProcedure("taf.write")
    .input(tafStartSchema)
    .output(tafStartedSchema)
    .mutation(({ ctx, input }) => startTaf(ctx, input)),

  list: roleProcedure("taf.read")
    .input(tafListSchema)
    .output(tafListResultSchema)
    .query(({ ctx, input }) => readTafList(ctx, input)),

  get: roleProcedure("taf.read")
    .input(tafIdSchema)
    .output(tafDetailSchema)
    .query(({ ctx, input }) => readTaf(ctx, input.tafId)),

  ofAssessment: roleProcedure("taf.read")
    .input(ehaIdSchema)
    .output(tafOfAssessmentSchema)
    .query(({ ctx, input }) => readTafOfAssessment(ctx, input.assessmentId)),

  addMember: roleProcedure("taf.write")
    .input(tafMemberAddSchema)
    .output(tafDetailSchema)
    .mutation(({ ctx, input }) => addTafMember(ctx, input)),

  scheduleMeeting: roleProcedure("taf.write")
    .input(tafMeetingScheduleSchema)
    .output(tafDetailSchema)
    .mutation(({ ctx, input }) => scheduleMeeting(ctx, input)),

  recordMeeting: roleProcedure("taf.write")
    .input(tafMeetingSchema)
    .output(tafDetailSchema)
    .mutation(({ ctx, input }) => recordTafMeeting(ctx, input)),

  addAction: roleProcedure("taf.write")
    .input(tafActionAddSchema)
    .output(tafDetailSchema)
    .mutation(({ ctx, input }) => addTafAction(ctx, input)),

  setActionStatus: roleProcedure("taf.write")
    .input(tafActionStatusSchema)
    .output(tafDetailSchema)
    .mutation(({ ctx, input }) => changeTafActionStatus(ctx, input)),

  scheduleReview: roleProcedure("taf.write")
    .input(tafReviewScheduleSchema)
    .output(tafDetailSchema)
    .mutation(({ ctx, input }) => scheduleReview(ctx, input)),

  recordReview: roleProcedure("taf.write")
    .input(tafReviewRecordSchema)
    .output(tafDetailSchema)
    .mutation(({ ctx, input }) => recordReview(ctx, input)),

  close: roleProcedure("taf.write")
    .input(tafCloseSchema)
    .output(tafDetailSchema)
    .mutation(({ ctx, input }) => closeTeam(ctx, input)),
});
