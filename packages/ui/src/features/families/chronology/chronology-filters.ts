import { chronologyKinds, chronologyServices, isIsoDate, type ChronologyKind, type ChronologyService } from "@hearth/domain";

/** The filters in force, kept in the address so a filtered chronology can be bookmarked and printed. */
export interface ChronologyFilterValues {
  personId?: string;
  service?: ChronologyService;
  kind?: ChronologyKind;
  from?: string;
  to?: string;
  significantOnly?: boolean;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined => list.find((v) => v === value);

/** Reads the filters from the address; anything not a real choice is left out. */
export function filtersFromSearch(search: URLSearchParams): ChronologyFilterValues {
  const date = (key: string) => {
    const value = search.get(key);
    return value && isIsoDate(value) ? value : undefined;
  };
  return {
    personId: search.get("child") || undefined,
    service: oneOf(chronologyServices, search.get("service")),
    kind: oneOf(chronologyKinds, search.get("kind")),
    from: date("from"),
    to: date("to"),
    significantOnly: search.get("significant") === "yes" || undefined,
  };
}

export function filtersToSearch(filters: ChronologyFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.personId) search.set("child", filters.personId);
  if (filters.service) search.set("service", filters.service);
  if (filters.kind) search.set("kind", filters.kind);
  if (filters.from) search.set("from", filters.from);
  if (filters.to) search.set("to", filters.to);
  if (filters.significantOnly) search.set("significant", "yes");
  return search;
}
