/** Text for statutory returns' XML (CIN census, NCCIS): optional elements are left out, never sent empty. */
const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const SPECIAL = /[&<>"']/;
// Tested first: nearly every value in a return (codes, dates) has nothing to escape.
export const escapeXml = (text: string) => (SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => escapes[c]!) : text);

export type XmlValue = string | number | boolean | null | undefined;

/** `<Name>value</Name>`, or nothing when the value is missing or blank. */
export function xmlElement(name: string, value: XmlValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value.trim() : String(value);
  return text === "" ? "" : `<${name}>${escapeXml(text)}</${name}>`;
}

/** A group element, left out when nothing inside it has a value. */
export function xmlGroup(name: string, inner: string): string {
  return inner === "" ? "" : `<${name}>${inner}</${name}>`;
}
