import type { ErrorSummaryItem } from "@hearth/ui";

/** Field messages keyed by dotted path ("children.0.dateOfBirth"), as the API sends them. */
export type FieldErrorMap = Record<string, string>;

interface ParseIssue {
  path: PropertyKey[];
  message: string;
}

/** The first message for each field from a zod parse, keyed the way the server keys them. */
export function issuesToErrors(issues: readonly ParseIssue[], prefix: (string | number)[] = []): FieldErrorMap {
  const errors: FieldErrorMap = {};
  for (const issue of issues) {
    const key = [...prefix, ...issue.path.map(String)].join(".");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The error summary's links, one per field, after any messages about the whole form. */
export function summaryItems(errors: FieldErrorMap, formMessages: readonly string[] = []): ErrorSummaryItem[] {
  return [
    ...formMessages.map((text) => ({ text })),
    ...Object.entries(errors).map(([field, text]) => ({ text, fieldId: fieldId(field) })),
  ];
}

/** Ids use dashes, not dots, so "#children-0-firstName" works as a plain link target and selector. */
export function fieldId(field: string): string {
  return field.replace(/\./g, "-");
}
