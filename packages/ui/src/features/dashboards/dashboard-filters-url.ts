import { dashboardFiltersSchema, type DashboardFilters } from "@hearth/domain";

/**
 * The dashboard's filters as typed. They live in the address bar (a GET-style form), so a page of
 * figures can be bookmarked, shared and printed; they hold dates and ids of places, never a person.
 */
export type DashboardFilterValues = Record<"from" | "to" | "area" | "locality" | "centre", string>;

export function dashboardFiltersFromUrl(params: URLSearchParams): DashboardFilterValues {
  const get = (key: keyof DashboardFilterValues) => params.get(key) ?? "";
  return { from: get("from"), to: get("to"), area: get("area"), locality: get("locality"), centre: get("centre") };
}

export function dashboardFiltersToUrl(values: DashboardFilterValues): URLSearchParams {
  return new URLSearchParams(Object.entries(values).filter(([, value]) => value.trim() !== ""));
}

/** The API's input from the boxes: an empty box is no filter. */
export function dashboardFiltersInput(values: DashboardFilterValues): Record<string, string | undefined> {
  const given = (value: string) => (value.trim() === "" ? undefined : value);
  return {
    from: given(values.from),
    to: given(values.to),
    areaId: given(values.area),
    localityId: given(values.locality),
    centreId: given(values.centre),
  };
}

export const dashboardFieldOfInput: Record<string, keyof DashboardFilterValues> = {
  from: "from",
  to: "to",
  areaId: "area",
  localityId: "locality",
  centreId: "centre",
};

/** The filters in the address bar, if the API takes them; otherwise none (the form shows why). */
export function parseDashboardFilters(values: DashboardFilterValues): DashboardFilters | undefined {
  const parsed = dashboardFiltersSchema.safeParse(dashboardFiltersInput(values));
  return parsed.success ? parsed.data : undefined;
}
