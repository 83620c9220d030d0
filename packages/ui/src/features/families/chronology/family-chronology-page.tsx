/** Placeholder: the Chronology page is built on its own branch (`chronology`) and replaces this file at merge. */
export function FamilyChronologyPage() {
  return <h2 className="govuk-heading-m">Chronology</h2>;
}
