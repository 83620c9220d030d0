// Forms for the CIN referral and what hangs on it: assessments, CIN plans and closure.
import {
  assessmentFactorLabels,
  cinAssessmentSaveSchema,
  cinClosureSaveSchema,
  cinPlanSaveSchema,
  cinReferralSaveSchema,
  primaryNeedLabels,
  reasonForClosureLabels,
  referralSourceLabels,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Checkboxes } from "../../components/form/checkboxes";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { useTRPC } from "../../trpc/trpc";
import { codeOptions } from "./code-options";
import { EpisodePartForm, given } from "./part-form";
import { choices, DateField, list, type Episode, type PartFormProps } from "./part-form-fields";

export function ReferralForm({ target, existing, ...rest }: PartFormProps<Episode>) {
  const trpc = useTRPC();
  const save = useMutation(trpc.episodes.saveReferral.mutationOptions());
  const nfa = existing ? (existing.referralNfa ? "yes" : "no") : "";
  return (
    <EpisodePartForm
      heading={existing ? "Change the CIN referral" : "Record a CIN referral"}
      target={target}
      schema={cinReferralSaveSchema}
      defaults={{
        referralDate: existing?.referralDate ?? "",
        referralSource: existing?.referralSource ?? "",
        referralNfa: nfa,
        primaryNeed: existing?.primaryNeed ?? "",
      }}
      toRecord={(v) => ({
        referralDate: v.referralDate,
        referralSource: given(v.referralSource),
        referralNfa: v.referralNfa === "yes" ? true : v.referralNfa === "no" ? false : undefined,
        primaryNeed: given(v.primaryNeed),
      })}
      save={save.mutateAsync}
      {...rest}
    >
      {(form) => (
        <>
          <DateField form={form} name="referralDate" legend="Referral date" />
          <Select label="Where did the referral come from?" options={codeOptions(referralSourceLabels)} {...form.field("referralSource")} />
          <Radios
            legend="Did the referral lead to further action?"
            legendSize="s"
            items={[
              { value: "no", text: "Yes, it led to further action" },
              { value: "yes", text: "No further action" },
            ]}
            {...form.field("referralNfa")}
          />
          <Select
            label="Primary need"
            hint="Needed when the referral led to further action"
            options={codeOptions(primaryNeedLabels)}
            {...form.field("primaryNeed")}
          />
        </>
      )}
    </EpisodePartForm>
  );
}

export function AssessmentForm({ target, existing, ...rest }: PartFormProps<Episode["assessments"][number]>) {
  const trpc = useTRPC();
  const save = useMutation(trpc.episodes.saveAssessment.mutationOptions());
  return (
    <EpisodePartForm
      heading={existing ? "Change the assessment" : "Record an assessment"}
      target={target}
      schema={cinAssessmentSaveSchema}
      defaults={{ startDate: existing?.startDate ?? "", authorisationDate: existing?.authorisationDate ?? "", factors: existing?.factors ?? [] }}
      toRecord={(v) => ({ startDate: v.startDate, authorisationDate: given(v.authorisationDate), factors: list(v.factors) })}
      save={save.mutateAsync}
      {...rest}
    >
      {(form) => (
        <>
          <DateField form={form} name="startDate" legend="Date the assessment started" />
          <DateField form={form} name="authorisationDate" legend="Date the assessment was authorised" hint="Leave blank until it is complete" />
          <Checkboxes
            legend="Factors identified at the assessment"
            legendSize="s"
            hint="Record these when the assessment is authorised"
            small
            items={Object.entries(assessmentFactorLabels).map(([value, label]) => ({ value, text: label }))}
            {...form.field("factors")}
          />
        </>
      )}
    </EpisodePartForm>
  );
}

export function CinPlanForm({ target, existing, ...rest }: PartFormProps<Episode["cinPlans"][number]>) {
  const trpc = useTRPC();
  const save = useMutation(trpc.episodes.saveCinPlan.mutationOptions());
  return (
    <EpisodePartForm
      heading={existing ? "Change the child in need plan" : "Record a child in need plan"}
      target={target}
      schema={cinPlanSaveSchema}
      defaults={{ startDate: existing?.startDate ?? "", endDate: existing?.endDate ?? "" }}
      toRecord={(v) => ({ startDate: v.startDate, endDate: given(v.endDate) })}
      save={save.mutateAsync}
      {...rest}
    >
      {(form) => (
        <>
          <DateField form={form} name="startDate" legend="Date the plan started" />
          <DateField form={form} name="endDate" legend="Date the plan ended" hint="Leave blank while the plan is open" />
        </>
      )}
    </EpisodePartForm>
  );
}

export function ClosureForm({ target, existing, ...rest }: PartFormProps<NonNullable<Episode["closure"]>>) {
  const trpc = useTRPC();
  const save = useMutation(trpc.episodes.saveClosure.mutationOptions());
  return (
    <EpisodePartForm
      heading={existing ? "Change the closure" : "Close the episode"}
      target={target}
      schema={cinClosureSaveSchema}
      defaults={{ closureDate: existing?.closureDate ?? "", reasonForClosure: existing?.reasonForClosure ?? "" }}
      toRecord={(v) => ({ closureDate: v.closureDate, reasonForClosure: given(v.reasonForClosure) })}
      save={save.mutateAsync}
      {...rest}
    >
      {(form) => (
        <>
          <DateField form={form} name="closureDate" legend="Date the episode closed" />
          <Radios legend="Reason for closure" legendSize="s" items={choices(reasonForClosureLabels)} {...form.field("reasonForClosure")} />
        </>
      )}
    </EpisodePartForm>
  );
}
