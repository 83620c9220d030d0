import { createHash } from "node:crypto";
import { getDirectoryService, listDirectoryServices, type DirectoryEntry, type Db } from "@hearth/db";
import {
  directoryAccessRouteLabels,
  directoryNeedLabels,
  directoryNeeds,
  type DirectoryAccessRoute,
  type DirectoryNeed,
  type Weekday,
} from "@hearth/domain";

/**
 * The directory in the Open Referral UK format (the UK profile of HSDS 3), read-only, for partners'
 * and other councils' tools: `GET /openreferral/services` (a page), `/services/{id}` and a download of
 * everything. Only active entries are published; nothing about who keeps an entry or who used it.
 * Hearth keeps venues, opening times and its kinds of need inside the entry, so their ORUK ids are
 * derived from the entry's id (the same every time), as the standard wants every object to have one.
 */

const NAMESPACE = "hearth-directory";

/** A name-based UUID (version 5 layout, SHA-1), so a derived object keeps its id between reads. */
export function derivedUuid(...parts: string[]): string {
  const hash = createHash("sha1")
    .update([NAMESPACE, ...parts].join(":"))
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Hearth's kinds of need, published as a taxonomy of its own. */
export const HEARTH_NEEDS_TAXONOMY = { name: "Hearth kinds of need", vocabulary: "hearth-needs" };

export function needTaxonomyTerm(need: DirectoryNeed) {
  return {
    id: derivedUuid("need", need),
    code: need,
    name: directoryNeedLabels[need],
    description: directoryNeedLabels[need],
    vocabulary: HEARTH_NEEDS_TAXONOMY.vocabulary,
    taxonomy_detail: {
      id: derivedUuid("taxonomy", HEARTH_NEEDS_TAXONOMY.vocabulary),
      name: HEARTH_NEEDS_TAXONOMY.name,
      description: "The kinds of need Hearth's locality service directory sorts services by",
      version: "1",
    },
  };
}

const icalDays: Record<Weekday, string> = {
  monday: "MO",
  tuesday: "TU",
  wednesday: "WE",
  thursday: "TH",
  friday: "FR",
  saturday: "SA",
  sunday: "SU",
};

/** "Grimsbury Hall, West Street, Banbury": the last part of the address is the town. */
function addressParts(address: string): { address_1: string; city: string } {
  const parts = address
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? { address_1: parts.slice(0, -1).join(", "), city: parts.at(-1)! } : { address_1: address, city: "" };
}

export function openReferralService(e: DirectoryEntry) {
  const organizationId = derivedUuid("organization", e.provider.toLowerCase());
  const accessText = (e.accessRoutes as DirectoryAccessRoute[]).map((r) => directoryAccessRouteLabels[r]).join(". ");
  return {
    id: e.id,
    organization_id: organizationId,
    name: e.name,
    description: e.description,
    ...(e.website ? { url: e.website } : {}),
    ...(e.email ? { email: e.email } : {}),
    status: e.active ? "active" : "inactive",
    fees_description: e.cost,
    eligibility_description: e.eligibility ?? "",
    minimum_age: e.minimumAge,
    maximum_age: e.maximumAge,
    assured_date: e.lastReviewedOn,
    last_modified: e.updatedAt.toISOString(),
    application_process: [accessText, e.accessNote].filter(Boolean).join(". "),
    organization: { id: organizationId, name: e.provider, description: e.provider },
    phones: e.phone ? [{ id: derivedUuid(e.id, "phone"), service_id: e.id, number: e.phone }] : [],
    contacts: [
      {
        id: derivedUuid(e.id, "contact"),
        service_id: e.id,
        name: e.provider,
        ...(e.email ? { email: e.email } : {}),
        phones: e.phone ? [{ id: derivedUuid(e.id, "contact-phone"), number: e.phone }] : [],
      },
    ],
    schedules: e.openings.map((o, i) => ({
      id: derivedUuid(e.id, "schedule", String(i)),
      service_id: e.id,
      freq: "WEEKLY",
      interval: 1,
      byday: icalDays[o.day],
      opens_at: o.opensAt,
      closes_at: o.closesAt,
      ...(e.timesNote ? { description: e.timesNote } : {}),
    })),
    service_areas: e.localities.map((l) => ({
      id: derivedUuid(e.id, "area", l.id),
      service_id: e.id,
      name: l.name,
      extent_type: "text",
      extent: l.name,
    })),
    service_at_locations: e.venues.map((v, i) => {
      const locationId = derivedUuid(e.id, "location", String(i));
      return {
        id: derivedUuid(e.id, "service-at-location", String(i)),
        service_id: e.id,
        location_id: locationId,
        location: {
          id: locationId,
          location_type: "physical",
          name: v.name,
          addresses: [
            {
              id: derivedUuid(e.id, "address", String(i)),
              location_id: locationId,
              ...addressParts(v.address),
              state_province: "Oxfordshire",
              postal_code: v.postcode,
              country: "GB",
              address_type: "physical",
            },
          ],
        },
      };
    }),
    taxonomy_terms: (e.needs as DirectoryNeed[]).filter((n) => directoryNeeds.includes(n)).map(needTaxonomyTerm),
  };
}
export type OpenReferralService = ReturnType<typeof openReferralService>;

export const OPEN_REFERRAL_MAX_PER_PAGE = 200;

/** A page of active services in the standard's paged shape (page numbers from 1). */
export async function openReferralServicePage(db: Db, params: { page: number; perPage: number }) {
  const all = await listDirectoryServices(db);
  const totalPages = Math.max(1, Math.ceil(all.length / params.perPage));
  const contents = all.slice((params.page - 1) * params.perPage, params.page * params.perPage).map(openReferralService);
  return {
    total_items: all.length,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** One active service; null for an unknown or retired one. */
export async function openReferralServiceById(db: Db, serviceId: string) {
  const row = await getDirectoryService(db, serviceId);
  return row?.active ? openReferralService(row) : null;
}

/** Everything at once, for the download. */
export async function openReferralDownload(db: Db) {
  return (await listDirectoryServices(db)).map(openReferralService);
}
