import { placeSearchOf, sessionSearchSchema, type SessionSearch } from "@hearth/domain";

/**
 * The search as typed. It lives in the address bar so the results can be shared and the back
 * button returns to them; none of it is personal (the child's age is in whole years only).
 */
export type SearchFilters = Record<"centre" | "town" | "from" | "age" | "type", string>;

export function filtersFromUrl(params: URLSearchParams): SearchFilters {
  const get = (key: keyof SearchFilters) => params.get(key) ?? "";
  return {
    centre: get("centre"),
    town: get("town"),
    from: get("from"),
    age: get("age"),
    type: get("type"),
  };
}

/**
 * A family's full postcode is where they live, so only its district goes in the address bar:
 * "OX4 6QB" is searched as "OX4", which finds the same centres.
 */
function shareablePlace(town: string): string {
  return placeSearchOf(town).postcodeDistrict ?? town;
}

export function filtersToUrl(filters: SearchFilters): URLSearchParams {
  const shared = { ...filters, town: shareablePlace(filters.town) };
  return new URLSearchParams(Object.entries(shared).filter(([, value]) => value.trim() !== ""));
}

// The form's field names differ from the API's, so its messages are moved ont// The form's field names differ from the API's, so its messages are moved onto the right boxes.
export const searchFieldOfInput: Record<string, keyof SearchFilters> = {
  centreId: "centre",
  town: "town",
  from: "from",
  to: "from",
  childAgeYears: "age",
  sessionTypeId: "type",
};

/** The search as the API takes it, from the boxes as typed: a blank box is no filter. */
export function searchInput(filters: SearchFilters): Record<string, unknown> {
  const age = filters.age.trim();
  return {
    centreId: filters.centre || undefined,
    town: filters.town,
    from: filters.from || undefined,
    childAgeYears: age === "" ? undefined : Number(age),
    sessionTypeId: filters.type || undefined,
  };
}

/** The search in the address bar, if it is one the API takes. */
export function parseFilters(filters: SearchFilters): Partial<SessionSearch> | undefined {
  const parsed = sessionSearchSchema.safeParse(searchInput(filters));
  return parsed.success ? parsed.data : undefined;
}
