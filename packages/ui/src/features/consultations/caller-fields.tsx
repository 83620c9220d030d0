import type { ConsultationCreate, ConsultationReference } from "@hearth/domain";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import type { SchemaForm } from "../../forms/use-schema-form";
import { NameInput } from "../people/person-inputs";
import type { CallFormValues } from "./call-form-values";

export type CallForm = SchemaForm<CallFormValues, ConsultationCreate>;

/** Who is calling: name, role, organisation (from LCSS's list, or typed) and how to reach them. */
export function CallerFields({ form, organisations }: { form: CallForm; organisations: ConsultationReference["organisations"] }) {
  const other = form.values.organisationId === "other";
  return (
    <>
      <h2 className="govuk-heading-m">The caller</h2>
      <NameInput label="Caller’s name" {...form.field("callerName")} />
      <TextInput label="Caller’s role" hint="For example, Designated safeguarding lead, health visitor" {...form.field("callerRole")} />
      <Select
        label="Organisation"
        options={[
          { value: "", text: "Choose an organisation" },
          ...organisations.map((o) => ({ value: o.id, text: o.name })),
          { value: "other", text: "Other – not on the list" },
        ]}
        {...form.field("organisationId")}
      />
      {other && <TextInput label="Organisation’s name" {...form.field("organisationOther")} />}
      <TextInput label="Phone number (optional)" type="tel" autoComplete="off" width="20" {...form.field("callerPhone")} />
      <TextInput label="Work email address (optional)" type="email" autoComplete="off" spellCheck={false} {...form.field("callerEmail")} />
    </>
  );
}
