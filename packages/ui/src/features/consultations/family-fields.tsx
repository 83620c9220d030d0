import type { ConsultationReference } from "@hearth/domain";
import { skipToken, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Checkboxes } from "../../components/form/checkboxes";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { serverFormErrors } from "../../forms/server-errors";
import type { FormFields } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
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
  const [typed, setTyped] = useState("");
  const [searched, setSearched] = useState("");
  const found = useQuery(trpc.families.search.queryOptions(searched ? { name: searched } : skipToken));
  const family = useQuery(trpc.families.get.queryOptions(familyId ? { familyId } : skipToken));
  const records = (found.data ?? []).flatMap((f) => (f.kind === "record" ? [f] : []));
  const children = (family.data?.members ?? []).filter((m) => m.role === "child");
  return (
    <>
      <div className="govuk-form-group">
        <TextInput
          name="familySearch"
          label="Find the family"
          hint="Their family name, or a member’s name"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={found.error ? serverFormErrors(found.error)[0] : undefined}
        />
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setSearched(typed.trim())}>
          Search
        </button>
      </div>
      {searched && found.isSuccess && records.length === 0 && (
        <p className="govuk-body">No family in your area matches. Add the family from Find a family, or choose no names.</p>
      )}
      {records.length > 0 && (
        <Radios
          legend="Choose the family"
          legendSize="s"
          items={records.map((f) => ({ value: f.id, text: f.name, hint: `${f.postcode ?? "No postcode"}, ${f.areaName}` }))}
          {...form.field("familyId")}
        />
      )}
      {records.length === 0 && form.error("familyId") && (
        <p className="govuk-error-message" id="familyId">
          {form.error("familyId")}
        </p>
      )}
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
