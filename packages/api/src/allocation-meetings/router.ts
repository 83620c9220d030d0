import {
  allocationMeetingChoicesSchema,
  allocationMeetingCreatedSchema,
  allocationMeetingCreateSchema,
  allocationMeetingDetailSchema,
  allocationMeetingIdSchema,
  allocationMeetingListResultSchema,
  allocationMeetingListSchema,
} from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { allocationMeetingChoices, readAllocationMeeting, readAllocationMeetings } from "./read-meetings";
import { recordAllocationMeeting } from "./record-meeting";

/**
 * The area's allocation meeting (issue 12 §1). Decisions at it are `requestsForService.decide`
 * with the meeting's id, so there is one way to decide a request.
 */
export const allocationMeetingsRouter = createTRPCRouter({
  list: roleProcedure("allocationMeetings.read")
    .input(allocationMeetingListSchema)
    .output(allocationMeetingListResultSchema)
    .query(({ ctx, input }) => readAllocationMeetings(ctx, input)),
  get: roleProcedure("allocationMeetings.read")
    .input(allocationMeetingIdSchema)
    .output(allocationMeetingDetailSchema)
    .query(({ ctx, input }) => readAllocationMeeting(ctx, input.meetingId)),
  choices: roleProcedure("allocationMeetings.record")
    .input(z.object({}))
    .output(allocationMeetingChoicesSchema)
    .query(({ ctx }) => allocationMeetingChoices(ctx)),
  create: roleProcedure("allocationMeetings.record")
    .input(allocationMeetingCreateSchema)
    .output(allocationMeetingCreatedSchema)
    .mutation(({ ctx, input }) => recordAllocationMeeting(ctx, input)),
});
