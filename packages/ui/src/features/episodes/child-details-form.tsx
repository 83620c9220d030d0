import { childCensusDetailsSaveSchema, disabilityLabels, ethnicityLabels, sexLabels, upnUnknownLabels } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Checkboxes } from "../../components/form/checkboxes";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { UpnInput } from "../people/person-inputs";
import { useTRPC } from "../../trpc/trpc";
import type { ChildEpisodes } from "./child-episodes";
import { codeOptions } from "./code-options";
import { EpisodePartForm, given } from "./part-form";
import { choices, DateField, list, type PartFormProps } from "./part-form-fields";

/**
 * The child's own census details, changed from the episodes page so a problem about them (no
 * ethnicity, no reason for a missing UPN) is put right where it is shown, and checked again as it
 * is saved. The UPN itself is changed on the person's record, where its uniqueness is checked.
 */
export function ChildDetailsForm({ target, existing, ...rest }: PartFormProps<ChildEpisodes["child"]>) {
  const trpc = useTRPC();
  const save = useMutation(trpc.episodes.saveChildDetails.mutationOptions());
  return (
    <EpisodePartForm
      heading="Change the child’s census details"
      target={target}
      schema={childCensusDetailsSaveSchema}
      defaults={{
        sex: existing?.sex ?? "",
        ethnicity: existing?.ethnicity ?? "",
        disabilities: existing?.disabilities ?? [],
        upnUnknownReason: existing?.upnUnknownReason ?? "",
        formerUpn: existing?.formerUpn ?? "",
        dateOfDeath: existing?.dateOfDeath ?? "",
      }}
      toRecord={(v) => ({
        sex: given(v.sex),
        ethnicity: given(v.ethnicity),
        disabilities: list(v.disabilities),
        upnUnknownReason: given(v.upnUnknownReason),
        formerUpn: given(v.formerUpn),
        dateOfDeath: given(v.dateOfDeath),
      })}
      save={save.mutateAsync}
      {...rest}
    >
      {(form) => (
        <>
          <Radios legend="Sex" legendSize="s" items={choices(sexLabels)} {...form.field("sex")} />
          <Select label="Ethnicity" options={codeOptions(ethnicityLabels)} {...form.field("ethnicity")} />
          <Checkboxes
            legend="Disabilities"
            legendSize="s"
            hint="Choose ‘None’ alone, or each that applies"
            small
            items={choices(disabilityLabels)}
            {...form.field("disabilities")}
          />
          <Select
            label="Why the UPN is not known"
            hint="Only when the child has no UPN"
            options={codeOptions(upnUnknownLabels, "Not applicable")}
            {...form.field("upnUnknownReason")}
          />
          <UpnInput label="Former UPN (optional)" hint="A letter then 12 digits" {...form.field("formerUpn")} />
          <DateField form={form} name="dateOfDeath" legend="Date of death" hint="Leave blank unless the child has died" />
        </>
      )}
    </EpisodePartForm>
  );
}
