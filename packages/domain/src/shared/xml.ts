/** Text for statutory returns' XML (CIN census, NCCIS): optional elements are left out, never sent empty. */
const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

export type XmlValue = string | number | boolean | null | undefined;

/** `<Name>value</Name>`, or nothing when the value is missing or blank. */
export function xmlElement(name: string, value: XmlValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "boolean" ? String(value) : String(value).trim();
  return text === "" ? "" : `<${name}>${escapeXml(text)}</${name}>`;
}

/** A group element, left out when nothing inside it has a value. */
export function xmlGroup(name: string, inner: string): string {
  return inner === "" ? "" : `<${name}>${inner}</${name}>`;
}
