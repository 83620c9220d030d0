// Forms for child protection (section 47 enquiries, CP plans) and looked-after periods.
import {
  categoryOfAbuseLabels,
  childProtectionPlanSaveSchema,
  legalStatusLabels,
  lookedAfterPeriodSaveSchema,
  section47SaveSchema,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { useTRPC } from "../../trpc/trpc";
import type { ChildEpisodes } from "./child-episodes";
import { codeOptions } from "./code-options";
import { EpisodePartForm, given } from "./part-form";
import { choices, DateField, text, type Episode, type PartFormProps } from "./part-form-fields";

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
