import { stepDownListSchema, stepDownPickUpSchema } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { readStepDowns } from "./list-step-downs";
import { stepDownListResultSchema, stepDownPickedUpSchema } from "./output-schemas";
import { pickUpStepDownOfCase } from "./pick-up-step-down";

/**
 * Step-downs from FSS at a case's closure (issue 12 §2), arriving in the area's LCSS queue and the
 * LCSS worker's My work until picked up (issue 11 §5).
 */
export const stepDownsRouter = createTRPCRouter({
  list: roleProcedure("stepDowns.read")
    .input(stepDownListSchema)
    .output(stepDownListResultSchema)
    .query(({ ctx }) => readStepDowns(ctx)),

  pickUp: roleProcedure("stepDowns.pickUp")
    .input(stepDownPickUpSchema)
    .output(stepDownPickedUpSchema)
    .mutation(({ ctx, input }) => pickUpStepDownOfCase(ctx, input)),
});
