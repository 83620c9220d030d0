import type { RouterOutputs } from "@hearth/api";
import type { DirectoryAccessRoute, DirectoryNeed } from "@hearth/domain";

export type DirectoryEntry = RouterOutputs["directory"]["get"];

/** Three rows of venue and opening-time boxes: enough for nearly every service; blank rows are left out. */
export const VENUE_ROWS = 3;
export const OPENING_ROWS = 5;

/** The edit page's boxes as typed: strings, so nothing is lost to a failed parse. */
export interface DirectoryFormValues {
  name: string;
  provider: string;
  description: string;
  needs: DirectoryNeed[];
  minimumAge: string;
  maximumAge: string;
  eligibility: string;
  cost: string;
  localityIds: string[];
  venues: { name: string; address: string; postcode: string }[];
  openings: { day: string; opensAt: string; closesAt: string }[];
  timesNote: string;
  accessRoutes: DirectoryAccessRoute[];
  accessNote: string;
  phone: string;
  email: string;
  website: string;
  lastReviewedOn: string;
  ownerStaffId: string;
  active: "yes" | "no";
}

const pad = <T>(rows: T[], n: number, blank: () => T): T[] => [...rows, ...Array.from({ length: Math.max(0, n - rows.length) }, blank)];

export function directoryFormValues(entry: DirectoryEntry | undefined, today: string, ownerId: string): DirectoryFormValues {
  return {
    name: entry?.name ?? "",
    provider: entry?.provider ?? "",
    description: entry?.description ?? "",
    needs: entry?.needs ?? [],
    minimumAge: entry ? String(entry.minimumAge) : "",
    maximumAge: entry ? String(entry.maximumAge) : "",
    eligibility: entry?.eligibility ?? "",
    cost: entry?.cost ?? "",
    localityIds: entry?.localities.map((l) => l.id) ?? [],
    venues: pad(entry?.venues ?? [], VENUE_ROWS, () => ({ name: "", address: "", postcode: "" })),
    openings: pad<DirectoryFormValues["openings"][number]>(entry?.openings ?? [], OPENING_ROWS, () => ({ day: "", opensAt: "", closesAt: "" })),
    timesNote: entry?.timesNote ?? "",
    accessRoutes: entry?.accessRoutes ?? [],
    accessNote: entry?.accessNote ?? "",
    phone: entry?.phone ?? "",
    email: entry?.email ?? "",
    website: entry?.website ?? "",
    lastReviewedOn: entry?.lastReviewedOn ?? today,
    ownerStaffId: entry?.owner.id ?? ownerId,
    active: entry && !entry.active ? "no" : "yes",
  };
}

const filled = (row: Record<string, string>) => Object.values(row).some((v) => v.trim() !== "");

/** What the schema takes: blank venue and time rows dropped, the yes/no as a boolean. */
export function directoryInput(values: DirectoryFormValues) {
  return {
    ...values,
    venues: values.venues.filter(filled),
    openings: values.openings.filter(filled),
    active: values.active === "yes",
  };
}
