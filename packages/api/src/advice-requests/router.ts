import {
  adviceRequestClaimedSchema,
  adviceRequestClaimSchema,
  adviceRequestConfirmedSchema,
  adviceRequestConfirmSchema,
  adviceRequestReferenceSchema,
  adviceRequestSubmitSchema,
  adviceRequestSubmittedSchema,
} from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, rateLimitedProcedure, roleProcedure } from "../trpc";
import { claimOnlineRequest } from "./claim-online-request";
import { confirmAdviceRequest } from "./confirm-advice-request";
import { adviceRequestReference } from "./reference";
import { submitAdviceRequest } from "./submit-advice-request";

/**
 * "Ask for advice about a child" (issue 11 §2): public procedures for professionals without an
 * account, each rate-limited per address (and submit per email too), and the worker's pick-up.
 * Nothing here ever answers with anything about a child.
 */
export const adviceRequestsRouter = createTRPCRouter({
  reference: rateLimitedProcedure("read")
    .input(z.object({}).default({}))
    .output(adviceRequestReferenceSchema)
    .query(({ ctx }) => adviceRequestReference(ctx)),

  submit: rateLimitedProcedure("change")
    .input(adviceRequestSubmitSchema)
    .output(adviceRequestSubmittedSchema)
    .mutation(({ ctx, input }) => submitAdviceRequest(ctx, input)),

  confirm: rateLimitedProcedure("change")
    .input(adviceRequestConfirmSchema)
    .output(adviceRequestConfirmedSchema)
    .mutation(({ ctx, input }) => confirmAdviceRequest(ctx, input)),

  claim: roleProcedure("consultations.write")
    .input(adviceRequestClaimSchema)
    .output(adviceRequestClaimedSchema)
    .mutation(({ ctx, input }) => claimOnlineRequest(ctx, input)),
});
