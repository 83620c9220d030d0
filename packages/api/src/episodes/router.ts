import {
  censusReadinessListSchema,
  childCensusDetailsSaveSchema,
  childEpisodesReadSchema,
  childProtectionPlanSaveSchema,
  cinAssessmentSaveSchema,
  cinClosureSaveSchema,
  cinPlanSaveSchema,
  cinReferralSaveSchema,
  lookedAfterPeriodSaveSchema,
  section47SaveSchema,
} from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { listCensusReadiness } from "./census-readiness";
import { censusReadinessSchema, childEpisodesSchema, episodePartSavedSchema } from "./output-schemas";
import { readChildEpisodes } from "./read-child-episodes";
import {
  saveAssessment,
  saveChildDetails,
  saveCinPlanPart,
  saveClosure,
  saveCpPlan,
  saveLookedAfter,
  saveReferral,
  saveSection47,
} from "./save-parts";

const save = () => roleProcedure("episodes.write");

/**
 * A child's statutory episodes (issue 12 §3), recorded from an FSS case with the census checks
 * run at every save, and the census readiness list of the children whose records still have problems.
 */
export const episodesRouter = createTRPCRouter({
  get: roleProcedure("episodes.read")
    .input(childEpisodesReadSchema)
    .output(childEpisodesSchema)
    .query(({ ctx, input }) => readChildEpisodes(ctx, input)),
  readiness: roleProcedure("episodes.read")
    .input(censusReadinessListSchema)
    .output(censusReadinessSchema)
    .query(({ ctx, input }) => listCensusReadiness(ctx, input)),
  saveReferral: save()
    .input(cinReferralSaveSchema)
    .output(episodePartSavedSchema)
    .mutation(({ ctx, input }) => saveReferral(ctx, input)),
  saveAssessment: save()
    .input(cinAssessmentSaveSchema)
    .output(episodePartSavedSchema)
    .mutation(({ ctx, input }) => saveAssessment(ctx, input)),
  saveCinPlan: save()
    .input(cinPlanSaveSchema)
    .output(episodePartSavedSchema)
    .mutation(({ ctx, input }) => saveCinPlanPart(ctx, input)),
  saveSection47: save()
    .input(section47SaveSchema)
    .output(episodePartSavedSchema)
    .mutation(({ ctx, input }) => saveSection47(ctx, input)),
  saveCpPlan: save()
    .input(childProtectionPlanSaveSchema)
    .output(episodePartSavedSchema)
    .mutation(({ ctx, input }) => saveCpPlan(ctx, input)),
  saveClosure: save()
    .input(cinClosureSaveSchema)
    .output(episodePartSavedSchema)
    .mutation(({ ctx, input }) => saveClosure(ctx, input)),
  saveChildDetails: save()
    .input(childCensusDetailsSaveSchema)
    .output(episodePartSavedSchema)
    .mutation(({ ctx, input }) => saveChildDetails(ctx, input)),
  saveLookedAfter: save()
    .input(lookedAfterPeriodSaveSchema)
    .output(episodePartSavedSchema)
    .mutation(({ ctx, input }) => saveLookedAfter(ctx, input)),
});
