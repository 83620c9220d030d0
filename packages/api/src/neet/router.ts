import { neetActivityRecordSchema, neetChaseListSchema, neetFiguresSchema, neetYoungPersonReadSchema } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { neetChaseList } from "./chase-list";
import { neetFiguresFor } from "./figures";
import { neetActivityRecordedSchema, neetChaseListResultSchema, neetFiguresResultSchema, neetYoungPersonSchema } from "./output-schemas";
import { readNeetYoungPerson } from "./read-young-person";
import { recordNeetActivityFor } from "./record-activity";

/**
 * NEET tracking (issue 14 §2): the EET team's cohort of young people of academic age 16–17 (to 24
 * with an EHC plan), their activities and the chase list of those not known. The monthly NCCIS
 * return is in returns/, beside the CIN census.
 */
export const neetRouter = createTRPCRouter({
  chaseList: roleProcedure("neet.read")
    .input(neetChaseListSchema)
    .output(neetChaseListResultSchema)
    .query(({ ctx, input }) => neetChaseList(ctx, input)),

  youngPerson: roleProcedure("neet.read")
    .input(neetYoungPersonReadSchema)
    .output(neetYoungPersonSchema)
    .query(({ ctx, input }) => readNeetYoungPerson(ctx, input.personId)),

  recordActivity: roleProcedure("neet.record")
    .input(neetActivityRecordSchema)
    .output(neetActivityRecordedSchema)
    .mutation(({ ctx, input }) => recordNeetActivityFor(ctx, input)),

  figures: roleProcedure("neet.read")
    .input(neetFiguresSchema)
    .output(neetFiguresResultSchema)
    .query(({ ctx, input }) => neetFiguresFor(ctx, input)),
});
