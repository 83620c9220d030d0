import { DateInput } from "../../components/form/date-input";
import type { ChildEpisodes } from "./child-episodes";
import type { PartForm, PartTarget } from "./part-form";

/** The pieces every part's form is built from, so each form is only its own questions. */
export type Episode = ChildEpisodes["episodes"][number];
export interface PartFormProps<Existing> {
  target: PartTarget;
  existing?: Existing;
  onSaved: () => void;
  cancelTo: string;
}

export const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
export const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : []);
export const choices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, text: label }));

export function DateField({ form, name, legend, hint }: { form: PartForm; name: string; legend: string; hint?: string }) {
  const bound = form.bind(name);
  return <DateInput legend={legend} legendSize="s" hint={hint ?? "For example, 27 3 2026"} {...bound} value={text(bound.value)} />;
}
