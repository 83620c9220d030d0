import { consultationFamilyKindLabels, consultationStatusLabels, type ConsultationStatus, type ConsultationSummary } from "@hearth/domain";
import type { TagColour } from "../../components/content";

export const statusColour: Record<ConsultationStatus, TagColour> = {
  awaiting_call_back: "purple",
  open: "blue",
  awaiting_confirmation: "orange",
  awaiting_feedback: "yellow",
  closed: "grey",
};

export const statusText = (status: ConsultationStatus) => consultationStatusLabels[status];

/** Who the call was about, as a list may show it: the family's name, or only the child's age. */
export function aboutText(c: Pick<ConsultationSummary, "familyKind" | "familyName" | "childAge">): string {
  if (c.familyKind === "named") return c.familyName ?? "A named family";
  if (c.familyKind === "no_names") return `No names: child aged ${c.childAge ?? "not known"}`;
  return consultationFamilyKindLabels.not_recorded;
}
