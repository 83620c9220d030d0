import { Select, TextInput, useTRPC, type FormFields } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { StaffSession } from "./session-text";

/** The boxes every session form has, whether for one session, a weekly series or a change. */
export type DetailField = "title" | "description" | "locationNote" | "startTime" | "endTime" | "capacity";
export const DETAIL_FIELDS: readonly DetailField[] = ["title", "description", "locationNote", "startTime", "endTime", "capacity"];
export const EMPTY_DETAILS: Record<DetailField, string> = {
  title: "",
  description: "",
  locationNote: "",
  startTime: "",
  endTime: "",
  capacity: "",
};

/** A number box gives text; the schema's own message covers a blank or a word. */
export const asCapacity = (text: string) => (text.trim() === "" ? undefined : Number(text.trim()));
/** A blank optional box means "nothing to say" when creating. */
export const orUndefined = (text: string) => (text.trim() === "" ? undefined : text);

/** Which kind of session: the menu families search by, with the ages each is for. */
export function SessionTypeSelect({ form }: { form: FormFields<"sessionTypeId"> }) {
  const trpc = useTRPC();
  const types = useQuery(trpc.sessions.types.queryOptions());
  return (
    <Select
      label="Type of session"
      options={[{ value: "", text: "Choose a type" }, ...(types.data ?? []).map((t) => ({ value: t.id, text: `${t.name} (${t.ages})` }))]}
      {...form.field("sessionTypeId")}
    />
  );
}

/** Title, notes, times and places; `when` is where the form's own date boxes go. */
export function SessionDetailFields({ form, when }: { form: FormFields<DetailField>; when: ReactNode }) {
  return (
    <>
      <TextInput label="Title" hint="What families will see, like Stay and play" {...form.field("title")} />
      <TextInput label="Description (optional)" {...form.field("description")} />
      <TextInput label="Where in the centre (optional)" hint="For example, the garden room" {...form.field("locationNote")} />
      {when}
      <TextInput label="Start time" hint="24-hour clock, like 09:30" width="5" inputMode="numeric" {...form.field("startTime")} />
      <TextInput label="End time" hint="24-hour clock, like 11:00" width="5" inputMode="numeric" {...form.field("endTime")} />
      <TextInput label="Places" hint="How many children can come" width="3" inputMode="numeric" {...form.field("capacity")} />
    </>
  );
}

/**
 * Only the answers that changed, as the schema takes them. The fields in `together` (the date and
 * times) go as a group when any of them changed, so the server checks the new slot as a whole.
 */
export function changedAnswers<Field extends string>(
  values: Record<Field, string>,
  before: Record<Field, string>,
  together: readonly Field[],
): Record<string, string | number | undefined> {
  const changed = (Object.keys(values) as Field[]).filter((name) => values[name] !== before[name]);
  const moved = changed.some((name) => together.includes(name));
  const send = new Set([...changed, ...(moved ? together : [])]);
  return Object.fromEntries([...send].map((name) => [name, name === "capacity" ? asCapacity(values[name]) : values[name]]));
}

/** A saved session's details as the boxes show them, to change. */
export function detailsOf(session: StaffSession): Record<DetailField, string> {
  return {
    title: session.title,
    description: session.description ?? "",
    locationNote: session.locationNote ?? "",
    startTime: session.startTime,
    endTime: session.endTime,
    capacity: String(session.capacity),
  };
}
