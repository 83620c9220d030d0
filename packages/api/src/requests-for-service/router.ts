import {
  requestForServiceCreateSchema,
  requestForServiceDecidedSchema,
  requestForServiceDecideSchema,
  requestForServiceDetailSchema,
  requestForServiceIdSchema,
  requestForServiceListResultSchema,
  requestForServiceListSchema,
  requestForServiceDecisionReadSchema,
  requestForServiceStatusViewSchema,
} from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { createRequestForService } from "./create-request";
import { decideRequestForService } from "./decide-request";
import { markRequestDecisionRead } from "./mark-decision-read";
import { readRequestForService, readRequestsForService } from "./read-requests";

/**
 * Escalation from LCSS to FSS (issue 11 §5). LCSS makes the request from a consultation and sees
 * its status there; FSS reads its area's intake queue and a manager decides each request (issue 12 §1).
 */
export const requestsForServiceRouter = createTRPCRouter({
  create: roleProcedure("requestsForService.create")
    .input(requestForServiceCreateSchema)
    .output(requestForServiceStatusViewSchema)
    .mutation(({ ctx, input }) => createRequestForService(ctx, input)),

  list: roleProcedure("requestsForService.read")
    .input(requestForServiceListSchema)
    .output(requestForServiceListResultSchema)
    .query(({ ctx, input }) => readRequestsForService(ctx, input)),

  get: roleProcedure("requestsForService.read")
    .input(requestForServiceIdSchema)
    .output(requestForServiceDetailSchema)
    .query(({ ctx, input }) => readRequestForService(ctx, input.requestId)),

  decide: roleProcedure("requestsForService.decide")
    .input(requestForServiceDecideSchema)
    .output(requestForServiceDecidedSchema)
    .mutation(({ ctx, input }) => decideRequestForService(ctx, input)),

  markDecisionRead: roleProcedure("requestsForService.create")
    .input(requestForServiceIdSchema)
    .output(requestForServiceDecisionReadSchema)
    .mutation(({ ctx, input }) => markRequestDecisionRead(ctx, input.requestId)),
});
