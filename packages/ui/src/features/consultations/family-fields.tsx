import type { ConsultationReference } from "@hearth/domain";
import { skipToken, useQuery } from "@tanstack/react-query";
import { Checkboxes } from "../../components/form/checkboxes";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import type { FormFields } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { FamilySearch } from "../families/family-search";
import { fullName } from "../people/paths";
import type { CallForm } from "./caller-fields";

/**
 * The family: named (found with the county search, the children chosen, consent recorded) or no
 * names (nothing that identifies them: the child's age, setting and locality).
 */
export function FamilyFields({ form, localities }: { form: CallForm; localities: ConsultationReference["localities"] }) {
  const kind = form.values.familyKind;
  return (
    <>
      <h2 className="govuk-heading-m">The family</h2>
      <Radios
        legend="Has the family agreed to be named?"
        legendSize="s"
        items={[
          { value: "named", text: "Yes, they are named with their consent" },
          { value: "no_names", text: "No, this is a no-names consultation", hint: "Record nothing that identifies the child or family." },
        ]}
        {...form.field("familyKind")}
      />
      {kind === "named" && <NamedFamily form={form} familyId={form.values.familyId} />}
      {kind === "no_names" && (
        <>
          <TextInput label="Child’s age in years" inputMode="numeric" width="2" {...form.field("childAge")} />
          <TextInput label="School or setting (optional)" hint="For example, Year 4, or the nursery’s name" {...form.field("childSetting")} />
          <Select
            label="Locality"
            options={[{ value: "", text: "Choose a locality" }, ...localities.map((l) => ({ value: l.id, text: l.name }))]}
            {...form.field("localityId")}
          />
        </>
      )}
    </>
  );
}

/** The answers that name a family: on the call form, and when a no-names call is named later. */
export interface NamingValues {
  familyId: string;
  childIds: string[];
  consentGivenBy: string;
}

/** The county search for the family, then the children the call is about, then who consented. */
export function NamedFamily({ form, familyId }: { form: Pick<FormFields<keyof NamingValues>, "field" | "error">; familyId: string }) {
  const trpc = useTRPC();
  const family = useQuery(trpc.families.get.queryOptions(familyId ? { familyId } : skipToken));
  const children = (family.data?.members ?? []).filter((m) => m.role === "child");
  return (
    <>
      <FamilySearch
        choice={form.field("familyId")}
        noneFound="No family in your area matches. Add the family from Find a family, or choose no names."
      />
      {familyId && children.length > 0 && (
        <Checkboxes
          legend="Which children is the call about?"
          legendSize="s"
          items={children.map((c) => ({ value: c.personId, text: fullName(c) }))}
          {...form.field("childIds")}
        />
      )}
      <TextInput
        label="Who gave consent for the family to be named?"
        hint="For example, Mother, told by the school today"
        {...form.field("consentGivenBy")}
      />
    </>
  );
}
