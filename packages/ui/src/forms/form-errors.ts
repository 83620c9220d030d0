import type { FieldErrors, FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ErrorSummaryItem } from "../components/error-summary";
import { serverFieldErrors, serverFormErrors } from "./server-errors";

/**
 * Puts a failed request's messages where the user will look: each field's message beside that
 * field (through react-hook-form, so it clears when they fix it), and returns the rest (wrong
 * password, too many attempts) for the error summary alone.
 */
export function applyServerErrors<Values extends FieldValues>(form: Pick<UseFormReturn<Values>, "getValues" | "setError">, error: unknown): string[] {
  const fields = Object.keys(form.getValues());
  const leftOver = serverFormErrors(error).filter(Boolean);
  for (const [field, message] of Object.entries(serverFieldErrors(error))) {
    if (fields.includes(field)) form.setError(field as Path<Values>, { type: "server", message });
    else leftOver.push(message);
  }
  return leftOver;
}

/** The message react-hook-form holds for a field, for the component beside it. */
export function fieldError<Values extends FieldValues>(errors: FieldErrors<Values>, name: keyof Values & string): string | undefined {
  const message = errors[name]?.message;
  return typeof message === "string" ? message : undefined;
}

/**
 * The error summary's list: the form-level messages first, then one link per field in the order
 * the fields appear on the page, so the summary reads in the same order as the form. Messages
 * from `serverFieldErrors` fill in for fields the browser found nothing wrong with.
 */
export function errorSummaryItems<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  fieldOrder: readonly (keyof Values & string)[],
  formMessages: readonly string[] = [],
  serverMessages: Record<string, string> = {},
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = formMessages.map((text) => ({ text }));
  for (const name of fieldOrder) {
    const text = fieldError(errors, name) ?? serverMessages[name];
    if (text) items.push({ text, fieldId: name });
  }
  return items;
}
