import type { ErrorSummaryItem } from "@hearth/ui";
import { serverFieldErrors, serverFormErrors } from "@hearth/ui";
import { useState, type ChangeEvent } from "react";

/** Just the part of a zod schema the forms use, so this file needs no zod of its own. */
interface Parser<Out> {
  safeParse(input: unknown):
    | { success: true; data: Out }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/**
 * A small form state for the staff pages: what was typed (kept after every error), one message per
 * field from the same domain schema the server uses, and the server's refusals put beside their
 * fields. `aliases` maps a schema path such as "children.0.firstName" to the box that holds it.
 */
export function useSchemaForm<Field extends string>(
  initial: Record<Field, string>,
  aliases: Record<string, NoInfer<Field>> = {},
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const fieldOf = (path: string): Field | undefined =>
    aliases[path] ?? (path in initial ? (path as Field) : undefined);

  function showErrors(byPath: Record<string, string>, others: string[]) {
    const next: Partial<Record<Field, string>> = {};
    const left = [...others];
    for (const [path, message] of Object.entries(byPath)) {
      const field = fieldOf(path);
      if (field && !next[field]) next[field] = message;
      else if (!field) left.push(message);
    }
    setErrors(next);
    setFormMessages(left);
    setAttempt((n) => n + 1);
  }

  return {
    values,
    errors,
    set: (name: Field, value: string) => setValues((v) => ({ ...v, [name]: value })),
    /** Props for a TextInput or Select: its name, what was typed and its message. */
    field: <Name extends Field>(name: Name) => ({
      name,
      value: values[name],
      error: errors[name],
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
        setValues((v) => ({ ...v, [name]: e.target.value })),
    }),
    /**
     * The parsed input, or null after showing every problem beside its field. `extra` holds
     * answers only the page can check (a choice the schema does not carry), shown alongside.
     */
    parse<Out>(schema: Parser<Out>, input: unknown, extra: Partial<Record<Field, string>> = {}): Out | null {
      const result = schema.safeParse(input);
      const extraProblems = Object.entries(extra).filter((entry): entry is [string, string] => Boolean(entry[1]));
      if (extraProblems.length > 0) {
        const byPath = Object.fromEntries(extraProblems);
        for (const issue of result.success ? [] : result.error.issues) byPath[issue.path.map(String).join(".")] ??= issue.message;
        showErrors(byPath, []);
        return null;
      }
      if (result.success) {
        setErrors({});
        setFormMessages([]);
        return result.data;
      }
      const byPath: Record<string, string> = {};
      for (const issue of result.error.issues) {
        const path = issue.path.map(String).join(".");
        byPath[path] ??= issue.message;
      }
      showErrors(byPath, []);
      return null;
    },
    /** A refusal from the server: field messages beside their fields, the rest in the summary. */
    showServerError(error: unknown) {
      showErrors(serverFieldErrors(error), serverFormErrors(error));
    },
    summary(order: readonly Field[]): ErrorSummaryItem[] {
      return [
        ...formMessages.map((text) => ({ text })),
        ...order.flatMap((name) => (errors[name] ? [{ text: errors[name], fieldId: name }] : [])),
      ];
    },
    attempt,
  };
}

export type SchemaForm<Field extends string> = ReturnType<typeof useSchemaForm<Field>>;
