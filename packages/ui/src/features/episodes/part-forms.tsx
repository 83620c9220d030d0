import {
  assessmentFactorLabels,
  categoryOfAbuseLabels,
  childProtectionPlanSaveSchema,
  cinAssessmentSaveSchema,
  cinClosureSaveSchema,
  cinPlanSaveSchema,
  cinReferralSaveSchema,
  legalStatusLabels,
  lookedAfterPeriodSaveSchema,
  primaryNeedLabels,
  reasonForClosureLabels,
  referralSourceLabels,
  section47SaveSchema,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Checkboxes } from "../../components/form/checkboxes";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { useTRPC } from "../../trpc/trpc";
import type { ChildEpisodes } from "./child-episodes";
import { codeOptions } from "./code-options";
import { EpisodePartForm, given, type PartForm, type PartTarget, type PartValues } from "./part-form";

type Episode = ChildEpisodes["episodes"][number];
interface PartFormProps<Existing> {
  target: PartTarget;
  existing?: Existing;
  onSaved: () => void;
  cancelTo: string;
}

const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : []);

function DateField({ form, name, legend, hint }: { form: PartForm; name: string; legend: string; hint?: string }) {
  const bound = form.bind(name);
  return <DateInput legend={legend} legendSize="s" hint={hint ?? "For example, 27 3 2026"} {...bound} value={text(bound.value)} />;
}

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

export function Section47Form({ target, existing, ...rest }: PartFormProps<Episode["section47s"][number]>) {
  const trpc = useTRPC();
  const save = useMutation(trpc.episodes.saveSection47.mutationOptions());
  return (
    <EpisodePartForm
      heading={existing ? "Change the section 47 enquiry" : "Record a section 47 enquiry"}
      target={target}
      schema={section47SaveSchema}
      defaults={{
        startDate: existing?.startDate ?? "",
        icpcTargetDate: existing?.icpcTargetDate ?? "",
        dateOfInitialCpc: existing?.dateOfInitialCpc ?? "",
        icpcNotRequired: existing?.icpcNotRequired ? "yes" : "no",
      }}
      toRecord={(v) => ({
        startDate: v.startDate,
        icpcTargetDate: given(v.icpcTargetDate),
        dateOfInitialCpc: given(v.dateOfInitialCpc),
        icpcNotRequired: v.icpcNotRequired === "yes",
      })}
      save={save.mutateAsync}
      {...rest}
    >
      {(form) => (
        <>
          <DateField form={form} name="startDate" legend="Date the enquiry started" />
          <DateField form={form} name="icpcTargetDate" legend="Target date for the initial child protection conference" />
          <Radios
            legend="Is an initial child protection conference needed?"
            legendSize="s"
            items={[
              { value: "no", text: "Yes, a conference is needed or was held" },
              { value: "yes", text: "No, a conference is not required" },
            ]}
            {...form.field("icpcNotRequired")}
          />
          <DateField
            form={form}
            name="dateOfInitialCpc"
            legend="Date of the initial child protection conference"
            hint="Leave blank until it is held"
          />
        </>
      )}
    </EpisodePartForm>
  );
}

export function CpPlanForm({ target, existing, ...rest }: PartFormProps<Episode["cpPlans"][number]>) {
  const trpc = useTRPC();
  const save = useMutation(trpc.episodes.saveCpPlan.mutationOptions());
  // One more box than the reviews recorded, so another can be added without a separate step.
  const reviews = [...(existing?.reviewDates ?? []), ""];
  const reviewBoxes = Object.fromEntries(reviews.map((d, i) => [`review${i}`, d]));
  return (
    <EpisodePartForm
      heading={existing ? "Change the child protection plan" : "Record a child protection plan"}
      target={target}
      schema={childProtectionPlanSaveSchema}
      defaults={{
        startDate: existing?.startDate ?? "",
        endDate: existing?.endDate ?? "",
        initialCategory: existing?.initialCategory ?? "",
        latestCategory: existing?.latestCategory ?? "",
        numberOfPreviousCpp: existing ? String(existing.numberOfPreviousCpp) : "",
        ...reviewBoxes,
      }}
      aliases={Object.fromEntries(reviews.map((_, i) => [`record.reviewDates.${i}`, `review${i}`]))}
      toRecord={(v) => ({
        startDate: v.startDate,
        endDate: given(v.endDate),
        initialCategory: given(v.initialCategory),
        latestCategory: given(v.latestCategory),
        numberOfPreviousCpp: /^\d+$/.test(text(v.numberOfPreviousCpp)) ? Number(v.numberOfPreviousCpp) : undefined,
        reviewDates: reviews.map((_, i) => text(v[`review${i}`])).filter(Boolean),
      })}
      save={save.mutateAsync}
      {...rest}
    >
      {(form) => (
        <>
          <DateField form={form} name="startDate" legend="Date the plan started" />
          <DateField form={form} name="endDate" legend="Date the plan ended" hint="Leave blank while the plan is open" />
          <Radios legend="Initial category of abuse" legendSize="s" items={choices(categoryOfAbuseLabels)} {...form.field("initialCategory")} />
          <Radios legend="Latest category of abuse" legendSize="s" items={choices(categoryOfAbuseLabels)} {...form.field("latestCategory")} />
          <TextInput label="Number of previous child protection plans" width="3" inputMode="numeric" {...form.field("numberOfPreviousCpp")} />
          {reviews.map((_, i) => (
            <DateField
              key={i}
              form={form}
              name={`review${i}`}
              legend={`Review ${i + 1} date`}
              hint={i === reviews.length - 1 ? "Leave blank if there is no new review" : undefined}
            />
          ))}
        </>
      )}
    </EpisodePartForm>
  );
}

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, text: label }));

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

export function LookedAfterForm({ target, existing, ...rest }: PartFormProps<ChildEpisodes["lookedAfterPeriods"][number]>) {
  const trpc = useTRPC();
  const save = useMutation(trpc.episodes.saveLookedAfter.mutationOptions());
  return (
    <EpisodePartForm
      heading={existing ? "Change the looked-after period" : "Record a looked-after period"}
      target={target}
      schema={lookedAfterPeriodSaveSchema}
      defaults={{ legalStatus: existing?.legalStatus ?? "", startDate: existing?.startDate ?? "", endDate: existing?.endDate ?? "" }}
      toRecord={(v) => ({ legalStatus: given(v.legalStatus), startDate: v.startDate, endDate: given(v.endDate) })}
      save={save.mutateAsync}
      {...rest}
    >
      {(form) => (
        <>
          <Select label="Legal status" options={codeOptions(legalStatusLabels)} {...form.field("legalStatus")} />
          <DateField form={form} name="startDate" legend="Date the child became looked after" />
          <DateField
            form={form}
            name="endDate"
            legend="Date the child stopped being looked after"
            hint="Leave blank while the child is looked after"
          />
        </>
      )}
    </EpisodePartForm>
  );
}

export type { PartValues };
