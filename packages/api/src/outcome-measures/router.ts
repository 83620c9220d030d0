import { outcomeMeasurementRecordSchema, personOutcomesSchema } from "@hearth/domain";
import { z } from "zod";
import { schema } from "@hearth/db";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { personOutcomes, personOutcomesOutputSchema } from "./person-outcomes";
import { recordMeasurement } from "./record-measurement";

/** SDQ, WEMWBS and Outcomes Star measures on a person's record (issue 13 §3). */
export const outcomeMeasuresRouter = createTRPCRouter({
  record: roleProcedure("outcomeMeasures.record")
    .input(outcomeMeasurementRecordSchema)
    .output(z.object({ id: z.string(), measure: z.enum(schema.outcomeMeasure.enumValues), total: z.number().nullable() }))
    .mutation(({ ctx, input }) => recordMeasurement(ctx, input)),

  ofPerson: roleProcedure("outcomeMeasures.read")
    .input(personOutcomesSchema)
    .output(personOutcomesOutputSchema)
    .query(({ ctx, input }) => personOutcomes(ctx, input.personId)),
});
