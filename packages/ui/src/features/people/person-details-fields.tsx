import type { ChoiceItem } from "../../components/form/choice-group";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import type { FormFields } from "../../forms/use-schema-form";
import { NameInput, NhsNumberInput, PostcodeInput, UpnInput } from "./person-inputs";

/** What a form holds for a person, as typed: every box is text until the schema parses it. */
export interface PersonDetailsValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  postcode: string;
  /** The owning area chosen, for a record whose postcode is not in the county; "" for none. */
  areaId: string;
  nhsNumber: string;
  upn: string;
}

export const emptyPersonDetails: PersonDetailsValues = {
  firstName: "",
  lastName: "",
  dateOfBirth: "",
  postcode: "",
  areaId: "",
  nhsNumber: "",
  upn: "",
};

/** The order the fields appear in, which the error summary follows. */
export const personDetailsFields = ["firstName", "lastName", "dateOfBirth", "postcode", "areaId", "nhsNumber", "upn"] as const;

/** The questions about a person, shared by adding someone now and changing their details later. */
export function PersonDetailsFields({
  form,
  areaChoices,
}: {
  form: FormFields<keyof PersonDetailsValues>;
  /**
   * The areas to choose an owner from, for county-wide staff, who have no area of their own to
   * give a record whose postcode is not in the county (ADR 8). Absent for everyone else.
   */
  areaChoices?: ChoiceItem[];
}) {
  return (
    <>
      <NameInput label="First name" {...form.field("firstName")} />
      <NameInput label="Last name" {...form.field("lastName")} />
      <DateInput legend="Date of birth" hint="For example, 27 3 2019" {...form.bind("dateOfBirth")} />
      <PostcodeInput label="Postcode (optional)" hint="Decides which area's workers can see the record" {...form.field("postcode")} />
      {areaChoices && (
        <Radios
          legend="Which area will look after this record?"
          legendSize="s"
          hint="Only used when the postcode is not in the county or not known"
          items={areaChoices}
          {...form.field("areaId")}
        />
      )}
      <NhsNumberInput label="NHS number (optional)" {...form.field("nhsNumber")} />
      <UpnInput label="Unique Pupil Number (UPN) (optional)" hint="A letter then 12 digits, from the child's school" {...form.field("upn")} />
    </>
  );
}
