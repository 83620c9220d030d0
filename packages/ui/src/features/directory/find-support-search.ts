import { directorySearchSchema, districtOfTyped, type DirectorySearch } from "@hearth/domain";

/**
 * The search as typed. It lives in the address bar so results can be shared and the back button
 * returns to them; a full postcode is where a family lives, so only its district goes there.
 */
export type SupportFilters = Record<"postcode" | "locality" | "need" | "age", string>;

export function supportFiltersFromUrl(params: URLSearchParams): SupportFilters {
  const get = (key: keyof SupportFilters) => params.get(key) ?? "";
  return { postcode: get("postcode"), locality: get("locality"), need: get("need"), age: get("age") };
}

export function supportFiltersToUrl(filters: SupportFilters): URLSearchParams {
  const shared = { ...filters, postcode: districtOfTyped(filters.postcode) ?? filters.postcode };
  return new URLSearchParams(Object.entries(shared).filter(([, value]) => value.trim() !== ""));
}

export const supportFieldOfInput: Record<string, keyof SupportFilters> = { postcode: "postcode", localityId: "locality", need: "need", age: "age" };

export function supportSearchInput(filters: SupportFilters): Record<string, unknown> {
  return { postcode: filters.postcode, localityId: filters.locality, need: filters.need, age: filters.age };
}

/** The search in the address bar, if it is one the API takes and asks for something. */
export function parseSupportFilters(filters: SupportFilters): DirectorySearch | undefined {
  const parsed = directorySearchSchema.safeParse(supportSearchInput(filters));
  if (!parsed.success) return undefined;
  return Object.values(parsed.data).some((v) => v !== undefined) ? parsed.data : undefined;
}
