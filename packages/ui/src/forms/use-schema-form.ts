import { useRef, useState, type BaseSyntheticEvent } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormReturn,
} from "react-hook-form";
import type { ErrorSummaryItem } from "../components/error-summary";
import { serverFieldErrors, serverFormErrors } from "./server-errors";

/** Just the part of a zod schema the hook uses: the domain's schemas, or one field's. */
export interface SchemaParser<Out> {
  safeParse(
    input: unknown,
  ): { success: true; data: Out } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface SchemaFormOptions<Values extends FieldValues, Out> {
  /** The domain's zod schema: the same rules, and the same words, as the server's. */
  schema: SchemaParser<Out>;
  /** What the boxes hold to begin with: strings as typed, so nothing is lost to a failed parse. */
  defaultValues: Values;
  /** The schema's input from what was typed, when the boxes are not the schema's own shape. */
  toInput?: (values: Values) => unknown;
  /** A schema path ("children.0.firstName") → the box that shows its message ("childFirstName"). */
  aliases?: Record<string, string>;
  /**
   * Answers only the page can check (a choice the schema does not carry, an age on the session's
   * day), by field path; a message here replaces the schema's for that field.
   */
  check?: (values: Values, parsed: Out | undefined) => Record<string, string | undefined>;
  /** The fields in the order the page shows them, for the error summary; by default the values' order. */
  order?: readonly string[];
}

type Message = { type: string; message: string };

/** "children.0.firstName" → "children-0-firstName": ids with dots cannot be used as plain link targets. */
export function fieldId(path: string): string {
  return path.replace(/\./g, "-");
}

function valueAt(values: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((at, key) => (at == null ? undefined : (at as Record<string, unknown>)[key]), values);
}

function setAt(target: Record<string, unknown>, path: string, message: Message) {
  const keys = path.split(".");
  let at = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      at[key] = message;
      return;
    }
    at[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
    at = at[key] as Record<string, unknown>;
  });
}

/**
 * The box a schema path belongs to: the path itself, or the part of it that is one box. A message
 * about one line of a text box ("protectiveFactors.2", the box split into lines) or one choice of
 * a checkbox group ("childIds.0") belongs beside the whole box or group.
 */
function boxOf(values: unknown, path: string): string | undefined {
  const keys = path.split(".");
  let at = values;
  for (const [i, key] of keys.entries()) {
    if (at === null || typeof at !== "object") return i === 0 ? undefined : keys.slice(0, i).join(".");
    if (Array.isArray(at) && at.length > 0 && at.every((item) => item === null || typeof item !== "object")) return keys.slice(0, i).join(".");
    at = (at as Record<string, unknown>)[key];
    if (at === undefined) return undefined;
  }
  return path;
}

/** The alias for a path, or for the nearest part of it that has one ("indicatorCodes" for "indicatorCodes.3"). */
function aliasOf(aliases: Record<string, string> | undefined, path: string): string | undefined {
  if (!aliases) return undefined;
  const keys = path.split(".");
  for (let n = keys.length; n > 0; n--) {
    const alias = aliases[keys.slice(0, n).join(".")];
    if (alias) return alias;
  }
  return undefined;
}

/** Every leaf's dotted path, in the order the object holds them. */
function leafPaths(values: unknown, prefix = ""): string[] {
  if (values === null || typeof values !== "object") return prefix ? [prefix] : [];
  return Object.entries(values).flatMap(([key, value]) => leafPaths(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * The dotted path of every message react-hook-form holds. Not a walk of every key: a message set
 * on a registered box carries the box itself (`ref`), whose DOM and React links go round in circles.
 */
function messagePaths(errors: unknown, prefix = ""): string[] {
  if (errors === null || typeof errors !== "object") return [];
  if (typeof (errors as { message?: unknown }).message === "string") return [prefix];
  return Object.entries(errors).flatMap(([key, value]) => (key === "ref" ? [] : messagePaths(value, prefix ? `${prefix}.${key}` : key)));
}

/** The message react-hook-form holds for a field (a dotted path for a list's boxes). */
function messageOf(errors: FieldErrors, path: string): string | undefined {
  const message = (valueAt(errors, path) as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/**
 * Hearth's one way to build a form: react-hook-form checked by the domain's zod schema. What was
 * typed is kept after every error; each message sits beside its field and in the GOV.UK error
 * summary; a refusal from the server is put beside the fields it names and the rest of it goes in
 * the summary alone. The form is `noValidate`, so every message comes from our schemas.
 */
export function useSchemaForm<Values extends FieldValues, Out = Values>(options: SchemaFormOptions<Values, Out>) {
  // The resolver reads the latest options, so `toInput` may use what the page knows now (a centre chosen).
  const latest = useRef(options);
  latest.current = options;
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const [serverAttempts, setServerAttempts] = useState(0);

  const fieldOf = (values: Values, path: string): string | undefined => {
    const alias = aliasOf(latest.current.aliases, path);
    if (alias) return alias;
    return boxOf(values, path);
  };

  const resolver: Resolver<Values, unknown, Out> = (values) => {
    const { schema, toInput, check } = latest.current;
    const result = schema.safeParse(toInput ? toInput(values) : values);
    const byField: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const issue of result.success ? [] : result.error.issues) {
      const field = fieldOf(values, issue.path.map(String).join("."));
      if (field) byField[field] ??= issue.message;
      else elsewhere.push(issue.message);
    }
    for (const [path, message] of Object.entries(check?.(values, result.success ? result.data : undefined) ?? {})) {
      if (message) byField[fieldOf(values, path) ?? path] = message;
    }
    const errors: Record<string, unknown> = {};
    for (const [field, message] of Object.entries(byField)) setAt(errors, field, { type: "schema", message });
    elsewhere.forEach((message, i) => setAt(errors, `root.schema${i}`, { type: "schema", message }));
    if (result.success && Object.keys(errors).length === 0) return { values: result.data, errors: {} };
    return { values: {}, errors: errors as FieldErrors<Values> };
  };

  const form: UseFormReturn<Values, unknown, Out> = useForm<Values, unknown, Out>({
    resolver,
    defaultValues: options.defaultValues as DefaultValues<Values>,
    // The error summary takes focus, as GOV.UK asks; it links to each field.
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;

  const error = (path: string) => messageOf(errors, path);

  /** A refusal from the server: field messages beside their fields, the rest in the summary. */
  const showServerError = (failure: unknown) => {
    const values = form.getValues();
    const leftOver = serverFormErrors(failure).filter(Boolean);
    for (const [path, message] of Object.entries(serverFieldErrors(failure))) {
      const field = fieldOf(values, path);
      if (field) form.setError(field as Path<Values>, { type: "server", message });
      else leftOver.push(message);
    }
    setFormMessages(leftOver);
    setServerAttempts((n) => n + 1);
  };

  const summary = (): ErrorSummaryItem[] => {
    const order = latest.current.order ?? leafPaths(form.getValues());
    const errorPaths = messagePaths(errors).filter((path) => path !== "root" && !path.startsWith("root."));
    const fields = [...order.filter((path) => errorPaths.includes(path)), ...errorPaths.filter((path) => !order.includes(path))];
    const rootMessages = messagePaths(errors.root, "root").map((path) => error(path)!);
    return [
      ...formMessages.map((text) => ({ text })),
      ...rootMessages.map((text) => ({ text })),
      ...fields.map((path) => ({ text: error(path)!, fieldId: fieldId(path) })),
    ];
  };

  return {
    /** react-hook-form's own API, for what the helpers below do not cover (a draft, a reset). */
    form,
    /** What is in the boxes now; re-renders the page as it changes. */
    values: form.watch(),
    error,
    /** Props for a TextInput, Textarea, Select, Radios or Checkboxes: registered, with its message. */
    field: (name: Path<Values>) => ({ ...form.register(name), error: error(name) }),
    /**
     * Props for a control held by React rather than registered: a DateInput (which reports a
     * value), or a box in a list (its id uses dashes). Its id, what was typed, its message and a
     * change handler that takes the value or the box's change event.
     */
    bind: <Name extends Path<Values>>(name: Name) => ({
      name: fieldId(name),
      value: form.watch(name),
      error: error(name),
      onChange: (change: PathValue<Values, Name> | { target: { value: string } }) => {
        const value = typeof change === "object" && change !== null && "target" in change ? change.target.value : change;
        form.setValue(name, value as PathValue<Values, Name>, { shouldDirty: true, shouldValidate: submitCount > 0 });
      },
    }),
    set: <Name extends Path<Values>>(name: Name, value: PathValue<Values, Name>) => form.setValue(name, value, { shouldDirty: true }),
    /**
     * The form's submit handler: checks the answers against the schema, then calls `send` with
     * the parsed answers and the boxes as typed. A server refusal thrown by `send` is shown.
     */
    onSubmit: (send: (parsed: Out, typed: Values) => unknown) => (event?: BaseSyntheticEvent) => {
      setFormMessages([]);
      return form.handleSubmit(async (parsed) => {
        try {
          await send(parsed, form.getValues());
        } catch (failure) {
          showServerError(failure);
        }
      })(event);
    },
    showServerError,
    /** Messages about the whole form (a wrong password, a session that is full). */
    formMessages,
    summary,
    /** Changes on every attempt, so the error summary takes focus again. */
    focusKey: `${submitCount}:${serverAttempts}`,
  };
}

export type SchemaForm<Values extends FieldValues, Out = Values> = ReturnType<typeof useSchemaForm<Values, Out>>;

/**
 * The part of a schema form that a shared group of fields needs (the session details every
 * session form has, say): its own boxes by name, whatever else the form holds.
 */
export interface FormFields<Name extends string> {
  field(name: Name): ReturnType<UseFormReturn["register"]> & { error: string | undefined };
  bind(name: Name): {
    name: string;
    value: string;
    error: string | undefined;
    onChange(change: string | { target: { value: string } }): void;
  };
  error(name: Name): string | undefined;
}

type ParsedFields<Shape> = { [K in keyof Shape]: Shape[K] extends SchemaParser<infer O> ? O : never };

/**
 * A schema for a few of a bigger schema's fields, each checked by its own rule: a question page
 * asks only some of a form's questions (`schemaOfFields({ postcode: bookingCreateSchema.shape.postcode })`).
 */
export function schemaOfFields<Shape extends Record<string, SchemaParser<unknown>>>(fields: Shape): SchemaParser<ParsedFields<Shape>> {
  return {
    safeParse(input) {
      const data: Record<string, unknown> = {};
      const issues: { path: PropertyKey[]; message: string }[] = [];
      for (const [name, schema] of Object.entries(fields)) {
        const result = schema.safeParse((input as Record<string, unknown> | undefined)?.[name]);
        if (result.success) data[name] = result.data;
        else issues.push(...result.error.issues.map((issue) => ({ path: [name, ...issue.path], message: issue.message })));
      }
      return issues.length ? { success: false, error: { issues } } : { success: true, data: data as ParsedFields<Shape> };
    },
  };
}
