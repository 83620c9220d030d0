import type { ChildEpisodes, PagePart } from "./child-episodes";
import { ChildDetailsForm } from "./child-details-form";
import { CpPlanForm, LookedAfterForm, Section47Form } from "./protection-forms";
import { AssessmentForm, CinPlanForm, ClosureForm, ReferralForm } from "./referral-forms";

/**
 * The form for the part named in the address: a new one, or the one with `id` to change. An
 * address naming a record that is not this child's shows nothing rather than an empty form.
 */
export function EpisodeFormFor({
  data,
  part,
  id,
  referralId,
  onSaved,
  cancelTo,
}: {
  data: ChildEpisodes;
  part: PagePart;
  id: string | null;
  referralId: string | null;
  onSaved: () => void;
  cancelTo: string;
}) {
  const ids = { caseId: data.case.id, childId: data.child.personId };
  const common = { onSaved, cancelTo };
  if (part === "child") return <ChildDetailsForm {...common} target={ids} existing={data.child} />;
  if (part === "referral") {
    const existing = id ? data.episodes.find((e) => e.id === id) : undefined;
    if (id && !existing) return null;
    return <ReferralForm {...common} target={{ ...ids, id: id ?? undefined }} existing={existing} />;
  }
  if (part === "lookedAfter") {
    const existing = id ? data.lookedAfterPeriods.find((p) => p.id === id) : undefined;
    if (id && !existing) return null;
    return <LookedAfterForm {...common} target={{ ...ids, id: id ?? undefined }} existing={existing} />;
  }
  const episode = data.episodes.find((e) => e.id === referralId);
  if (!episode) return null;
  const target = { ...ids, referralId: episode.id, id: id ?? undefined };
  const find = <T extends { id: string }>(records: T[]) => (id ? records.find((r) => r.id === id) : undefined);
  switch (part) {
    case "assessment":
      return <AssessmentForm {...common} target={target} existing={find(episode.assessments)} />;
    case "section47":
      return <Section47Form {...common} target={target} existing={find(episode.section47s)} />;
    case "cpPlan":
      return <CpPlanForm {...common} target={target} existing={find(episode.cpPlans)} />;
    case "cinPlan":
      return <CinPlanForm {...common} target={target} existing={find(episode.cinPlans)} />;
    case "closure":
      return (
        <ClosureForm
          {...common}
          target={{ caseId: ids.caseId, childId: ids.childId, referralId: episode.id }}
          existing={episode.closure ?? undefined}
        />
      );
  }
}
