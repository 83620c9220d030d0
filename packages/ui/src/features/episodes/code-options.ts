import type { SelectOption } from "../../components/form/select";

/**
 * A code set as a list to choose from: the plain-English label is what is shown and read out;
 * the DfE's code is only the value sent, so nobody types or needs to know a code.
 */
export function codeOptions(labels: Record<string, string>, blank = "Choose"): SelectOption[] {
  return [{ value: "", text: blank }, ...Object.entries(labels).map(([value, text]) => ({ value, text }))];
}

/** A stored code's label, or the code itself when it is not in the set (old data). */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return "Not recorded";
  return labels[code] ?? code;
}
