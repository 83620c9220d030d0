import { z } from "zod";
import {
  childProtectionPlanRecordSchema,
  cinAssessmentRecordSchema,
  cinClosureSchema,
  cinPlanRecordSchema,
  cinReferralRecordSchema,
  section47RecordSchema,
} from "./cin-episode";
import { lookedAfterPeriodRecordSchema } from "./looked-after";
import { isoDateSchema } from "../calendar/iso-date";
import { disabilitiesSchema, ethnicitySchema, sexSchema, upnUnknownReasonSchema } from "../families/census-code-sets";
import { upnSchema } from "../families/identifiers";

/**
 * Recording a child's statutory episode from an FSS case, one part at a time. Every part names
 * the case it is recorded from and the child (who must be one of the case family's children), and
 * carries the part itself as `record`, checked by the domain's strict schema for that part. Leaving
 * out `id` records a new part; giving it changes that one.
 */
export const episodePartKinds = ["referral", "assessment", "cinPlan", "section47", "cpPlan", "closure", "lookedAfter"] as const;
export type EpisodePartKind = (typeof episodePartKinds)[number];
export const episodePartLabels: Record<EpisodePartKind, string> = {
  referral: "CIN referral",
  assessment: "Assessment",
  cinPlan: "Child in need plan",
  section47: "Section 47 enquiry",
  cpPlan: "Child protection plan",
  closure: "Closure",
  lookedAfter: "Looked-after period",
};

const onCase = {
  caseId: z.uuid({ error: "Unknown case" }),
  childId: z.uuid({ error: "Choose a child from this case’s family" }),
};
const referralId = z.uuid({ error: "Choose the referral this belongs to" });
const partId = z.uuid({ error: "Unknown record" }).optional();

export const childEpisodesReadSchema = z.object(onCase);
export type ChildEpisodesRead = z.infer<typeof childEpisodesReadSchema>;

export const cinReferralSaveSchema = z.object({ ...onCase, id: partId, record: cinReferralRecordSchema });
export const lookedAfterPeriodSaveSchema = z.object({ ...onCase, id: partId, record: lookedAfterPeriodRecordSchema });

/** A part that hangs off one referral: the episode it belongs to, and the part. */
function partOfEpisode<S extends z.ZodType>(record: S) {
  return z.object({ ...onCase, referralId, id: partId, record });
}
export const cinAssessmentSaveSchema = partOfEpisode(cinAssessmentRecordSchema);
export const cinPlanSaveSchema = partOfEpisode(cinPlanRecordSchema);
export const section47SaveSchema = partOfEpisode(section47RecordSchema);
export const childProtectionPlanSaveSchema = partOfEpisode(childProtectionPlanRecordSchema);
/** An episode has one closure, so closing again changes it: no id. */
export const cinClosureSaveSchema = z.object({ ...onCase, referralId, record: cinClosureSchema });

/**
 * The child's own census details, recorded from the same page as their episodes so a census
 * problem about them can be put right where it is shown. A box left empty is not known.
 */
export const childCensusDetailsSchema = z.strictObject({
  sex: sexSchema.optional(),
  ethnicity: ethnicitySchema.optional(),
  disabilities: disabilitiesSchema.default([]),
  upnUnknownReason: upnUnknownReasonSchema.optional(),
  formerUpn: upnSchema.optional(),
  dateOfDeath: isoDateSchema.optional(),
});
export type ChildCensusDetails = z.infer<typeof childCensusDetailsSchema>;
export const childCensusDetailsSaveSchema = z.object({ ...onCase, record: childCensusDetailsSchema });
export type ChildCensusDetailsSave = z.infer<typeof childCensusDetailsSaveSchema>;

export type CinReferralSave = z.infer<typeof cinReferralSaveSchema>;
export type LookedAfterPeriodSave = z.infer<typeof lookedAfterPeriodSaveSchema>;
export type CinAssessmentSave = z.infer<typeof cinAssessmentSaveSchema>;
export type CinPlanSave = z.infer<typeof cinPlanSaveSchema>;
export type Section47Save = z.infer<typeof section47SaveSchema>;
export type ChildProtectionPlanSave = z.infer<typeof childProtectionPlanSaveSchema>;
export type CinClosureSave = z.infer<typeof cinClosureSaveSchema>;

export const censusReadinessListSchema = z.object({
  /** The manager's area's open cases, not only the caller's own. */
  team: z.boolean().optional(),
});
export type CensusReadinessList = z.infer<typeof censusReadinessListSchema>;
