import { placeSearchOf, sessionSearchSchema, type SessionSearch } from "@hearth/domain";
import { issuesToErrors, type FieldErrorMap } from "../booking/field-errors";

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

// The form's field names differ from the API's, so its messages are moved onto the right boxes.
const fieldOfInput: Record<string, keyof SearchFilters> = {
  centreId: "centre",
  town: "town",
  from: "from",
  to: "from",
  childAgeYears: "age",
  sessionTypeId: "type",
};

export function parseFilters(
  filters: SearchFilters,
): { ok: true; input: Partial<SessionSearch> } | { ok: false; errors: FieldErrorMap } {
  const age = filters.age.trim();
  const parsed = sessionSearchSchema.safeParse({
    centreId: filters.centre || undefined,
    town: filters.town,
    from: filters.from || undefined,
    childAgeYears: age === "" ? undefined : Number(age),
    sessionTypeId: filters.type || undefined,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: FieldErrorMap = {};
  for (const [field, message] of Object.entries(issuesToErrors(parsed.error.issues)))
    errors[fieldOfInput[field] ?? field] ??= message;
  return { ok: false, errors };
}
