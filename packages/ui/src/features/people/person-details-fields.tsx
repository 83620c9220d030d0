import { Controller, type UseFormReturn } from "react-hook-form";
import type { ChoiceItem } from "../../components/form/choice-group";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { TextInput } from "../../components/form/text-input";
import { fieldError } from "../../forms/form-errors";

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
export const personDetailsFields = [
  "firstName",
  "lastName",
  "dateOfBirth",
  "postcode",
  "areaId",
  "nhsNumber",
  "upn",
] as const;

/** The questions about a person, shared by adding someone now and changing their details later. */
export function PersonDetailsFields<Out>({
  form,
  serverMessages = {},
  areaChoices,
}: {
  form: UseFormReturn<PersonDetailsValues, unknown, Out>;
  /** The server's last messages, shown where the browser's own check found nothing wrong. */
  serverMessages?: Record<string, string>;
  /**
   * The areas to choose an owner from, for county-wide staff, who have no area of their own to
   * give a record whose postcode is not in the county (ADR 8). Absent for everyone else.
   */
  areaChoices?: ChoiceItem[];
}) {
  const { errors } = form.formState;
  const message = (name: keyof PersonDetailsValues) =>
    fieldError(errors, name) ?? serverMessages[name];
  return (
    <>
      <TextInput
        label="First name"
        autoComplete="off"
        spellCheck={false}
        error={message("firstName")}
        {...form.register("firstName")}
      />
      <TextInput
        label="Last name"
        autoComplete="off"
        spellCheck={false}
        error={message("lastName")}
        {...form.register("lastName")}
      />
      <Controller
        control={form.control}
        name="dateOfBirth"
        render={({ field }) => (
          <DateInput
            legend="Date of birth"
            hint="For example, 27 3 2019"
            error={message("dateOfBirth")}
            {...field}
          />
        )}
      />
      <TextInput
        label="Postcode (optional)"
        hint="Decides which area's workers can see the record"
        width="10"
        autoComplete="off"
        error={message("postcode")}
        {...form.register("postcode")}
      />
      {areaChoices && (
        <Radios
          legend="Which area will look after this record?"
          legendSize="s"
          hint="Only used when the postcode is not in the county or not known"
          items={areaChoices}
          error={message("areaId")}
          {...form.register("areaId")}
        />
      )}
      <TextInput
        label="NHS number (optional)"
        hint="10 digits, like 943 476 5919"
        width="10"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        error={message("nhsNumber")}
        {...form.register("nhsNumber")}
      />
      <TextInput
        label="Unique Pupil Number (UPN) (optional)"
        hint="A letter then 12 digits, from the child's school"
        width="20"
        autoComplete="off"
        spellCheck={false}
        error={message("upn")}
        {...form.register("upn")}
      />
    </>
  );
}
