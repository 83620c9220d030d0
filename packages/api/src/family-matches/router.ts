import { familyMatchDecisionSchema } from "@hearth/domain";
import { confirmFamilyMatch, familyMatchDecidedSchema, rejectFamilyMatch } from "./decide-family-match";
import { familyMatchListSchema, listFamilyMatches } from "./list-family-matches";
import { createTRPCRouter, roleProcedure } from "../trpc";

/**
 * New families to check: bookings that share a mobile or email with a known family were not linked
 * to it (docs/architecture-decisions.md §9). Centre staff and managers decide, for the families of
 * their area, whether each is the same family.
 */
const checkerProcedure = roleProcedure("familyMatches.check");

export const familyMatchesRouter = createTRPCRouter({
  list: checkerProcedure.output(familyMatchListSchema).query(({ ctx }) => listFamilyMatches(ctx)),

  confirm: checkerProcedure
    .input(familyMatchDecisionSchema)
    .output(familyMatchDecidedSchema)
    .mutation(({ ctx, input }) => confirmFamilyMatch(ctx, input)),

  reject: checkerProcedure
    .input(familyMatchDecisionSchema)
    .output(familyMatchDecidedSchema)
    .mutation(({ ctx, input }) => rejectFamilyMatch(ctx, input)),
});
