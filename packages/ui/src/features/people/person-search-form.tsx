import { personSearchCriteria, type PersonSearch, type PersonSearchCriterion } from "@hearth/domain";
import { DateInput } from "../../components/form/date-input";
import { TextInput } from "../../components/form/text-input";
import type { SchemaForm } from "../../forms/use-schema-form";
import { NameInput, NhsNumberInput, PostcodeInput, UpnInput } from "./person-inputs";

/** What the form holds: every criterion as typed, empty when not used. */
export type PersonSearchValues = Record<PersonSearchCriterion, string>;

const FIELDS = personSearchCriteria;
/** Kept inside "More ways to search", which opens by itself when one of them is filled in or wrong. */
const MORE = ["yearOfBirth", "age", "addressLine1", "nhsNumber", "upn", "personId"] as const;

export const emptyPersonSearch: PersonSearchValues = Object.fromEntries(FIELDS.map((k) => [k, ""])) as PersonSearchValues;

const moreOpen = (searched: PersonSearchValues, form: SchemaForm<PersonSearchValues, PersonSearch>) =>
  MORE.some((k) => searched[k] !== "" || form.error(k) !== undefined);

/**
 * The boxes of "find a person", for the shared SearchForm (issue 10): search by any mix of the
 * criteria, the usual three on show, the rest under "More ways to search".
 */
export function PersonSearchFields({
  form,
  searched,
}: {
  form: SchemaForm<PersonSearchValues, PersonSearch>;
  /** The search on screen, whose "more ways" answers keep that section open. */
  searched: PersonSearchValues;
}) {
  return (
    <>
      <NameInput
        label="Name"
        hint="All or part of their name, a name they are known by or used to have. Close spellings are found too."
        {...form.field("name")}
      />
      <DateInput legend="Date of birth" hint="For example, 27 3 2019" {...form.bind("dateOfBirth")} />
      <PostcodeInput search {...form.field("postcode")} />
      <details className="govuk-details" open={moreOpen(searched, form) || undefined}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">More ways to search</span>
        </summary>
        <div className="govuk-details__text">
          <TextInput label="Year of birth" hint="For example, 2017" width="4" inputMode="numeric" autoComplete="off" {...form.field("yearOfBirth")} />
          <TextInput label="Age" hint="In whole years, for example, 7" width="2" inputMode="numeric" autoComplete="off" {...form.field("age")} />
          <TextInput label="First line of address" hint="For example, 14 Warwick Road" autoComplete="off" {...form.field("addressLine1")} />
          <NhsNumberInput {...form.field("nhsNumber")} />
          <UpnInput {...form.field("upn")} />
          <TextInput label="Hearth ID" hint="As shown on the record" width="30" autoComplete="off" spellCheck={false} {...form.field("personId")} />
        </div>
      </details>
    </>
  );
}
