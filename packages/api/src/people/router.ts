import { personCreateSchema, personMergeCandidatesSchema, personMergeSchema, personSearchSchema, personUpdateSchema } from "@hearth/domain";
import { z } from "zod";
import { createPerson } from "./create-person";
import { findToMaintain } from "./find-to-maintain";
import { mergePeople } from "./merge-people";
import { mergeCandidates, reviewMerge } from "./merge-review";
import { readPerson } from "./read-person";
import { searchPeopleForWorker } from "./search-people";
import { updatePersonRecord } from "./update-person";
import { areaScopedProcedure, createTRPCRouter, roleProcedure } from "../trpc";
import {
  mergeCandidateSchema,
  mergedSchema,
  mergeReviewSchema,
  personCreatedSchema,
  personReadSchema,
  personRowSchema,
  personSearchResultSchema,
  personToMaintainSchema,
} from "./output-schemas";

/** The shared person index. Every read and change is audited; records outside the caller's area stay hidden. */
export const peopleRouter = createTRPCRouter({
  // County-wide, so a worker learns a child is known elsewhere; another area's people come back as
  // a summary only (issue 10). Naming an area explicitly still needs the right to see it.
  search: areaScopedProcedure("people.search")
    .input(personSearchSchema)
    .output(z.array(personSearchResultSchema))
    .query(({ ctx, input }) => searchPeopleForWorker(ctx, input)),

  get: roleProcedure("people.read")
    .input(z.object({ personId: z.uuid({ error: "Unknown person" }) }))
    .output(personReadSchema)
    .query(({ ctx, input }) => readPerson(ctx, input.personId)),

  create: roleProcedure("people.create")
    .input(personCreateSchema)
    .output(personCreatedSchema)
    .mutation(({ ctx, input }) => createPerson(ctx, input)),

  update: roleProcedure("people.update")
    .input(personUpdateSchema)
    .output(personRowSchema)
    .mutation(({ ctx, input }) => updatePersonRecord(ctx, input)),

  // Finding a record to merge or restrict without the person index (data officers): see find-to-maintain.ts.
  findToMaintain: roleProcedure("people.maintain")
    .input(personSearchSchema)
    .output(z.array(personToMaintainSchema))
    .query(({ ctx, input }) => findToMaintain(ctx, input)),

  mergeCandidates: roleProcedure("people.merge")
    .input(personMergeCandidatesSchema)
    .output(z.array(mergeCandidateSchema))
    .query(({ ctx, input }) => mergeCandidates(ctx, input.personId)),
  mergeReview: roleProcedure("people.merge")
    .input(personMergeSchema)
    .output(mergeReviewSchema)
    .query(({ ctx, input }) => reviewMerge(ctx, input)),
  merge: roleProcedure("people.merge")
    .input(personMergeSchema)
    .output(mergedSchema)
    .mutation(({ ctx, input }) => mergePeople(ctx, input)),
});
