import { earlyHelpAssessmentStatusLabels, type EarlyHelpAssessmentStatus } from "@hearth/domain";
import type { TagColour } from "../../components/content";

export const assessmentStatusColour: Record<EarlyHelpAssessmentStatus, TagColour> = {
  draft: "grey",
  completed: "blue",
  signed_off: "green",
  reviewed: "turquoise",
};

export const assessmentStatusText = (status: EarlyHelpAssessmentStatus) => earlyHelpAssessmentStatusLabels[status];
