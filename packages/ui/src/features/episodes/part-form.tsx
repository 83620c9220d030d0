import type { ReactNode } from "react";
import { Link } from "react-router";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { useSchemaForm, type SchemaForm, type SchemaParser } from "../../forms/use-schema-form";

export type PartValues = Record<string, string | string[]>;
export type PartForm = SchemaForm<PartValues, unknown>;

/** What every part's form posts besides the part itself: the case, the child, and which record. */
export interface PartTarget {
  caseId: string;
  childId: string;
  referralId?: string;
  id?: string;
}

/** A box left empty is an answer not given, so the schema sees it as missing, not as "". */
export const given = (value: string | string[] | undefined) => (value === "" ? undefined : value);

/**
 * The one form every part of an episode uses: the boxes are flat (so each message sits beside its
 * box and the error summary links land on it), the schema is the part's save schema, and what the
 * server refuses, census rules included, comes back beside the same boxes.
 */
export function EpisodePartForm({
  heading,
  target,
  schema,
  defaults,
  toRecord,
  save,
  onSaved,
  cancelTo,
  aliases = {},
  children,
}: {
  heading: string;
  target: PartTarget;
  schema: SchemaParser<unknown>;
  defaults: PartValues;
  toRecord: (values: PartValues) => Record<string, unknown>;
  save: (input: never) => Promise<unknown>;
  onSaved: () => void;
  cancelTo: string;
  /** Schema paths whose box is not named after the field ("record.reviewDates.0" → "review0"). */
  aliases?: Record<string, string>;
  children: (form: PartForm) => ReactNode;
}) {
  const form = useSchemaForm<PartValues, unknown>({
    schema,
    defaultValues: defaults,
    toInput: (values) => ({ ...target, record: toRecord(values) }),
    aliases: { ...Object.fromEntries(Object.keys(defaults).map((key) => [`record.${key}`, key])), ...aliases },
  });
  return (
    <section aria-labelledby="episode-form-heading" id="episode-form">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="episode-form-heading">
        {heading}
      </h2>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await save(input as never), onSaved()))}>
        {children(form)}
        <div className="govuk-button-group">
          <Button>Save</Button>
          <Link className="govuk-link" to={cancelTo}>
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
