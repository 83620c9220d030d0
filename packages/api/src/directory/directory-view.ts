import type { DirectoryEntry } from "@hearth/db";
import { directoryReviewDue, type DirectoryAccessRoute, type DirectoryNeed, type IsoDate } from "@hearth/domain";
import type { DirectoryEntryView, PublicDirectoryService } from "./output-schemas";

/** The public face of an entry: only what the council publishes about the service. */
export function publicDirectoryService(e: DirectoryEntry): PublicDirectoryService {
  return {
    id: e.id,
    name: e.name,
    provider: e.provider,
    description: e.description,
    needs: e.needs as DirectoryNeed[],
    minimumAge: e.minimumAge,
    maximumAge: e.maximumAge,
    eligibility: e.eligibility,
    cost: e.cost,
    localities: e.localities,
    venues: e.venues,
    openings: e.openings,
    timesNote: e.timesNote,
    accessRoutes: e.accessRoutes as DirectoryAccessRoute[],
    accessNote: e.accessNote,
    phone: e.phone,
    email: e.email,
    website: e.website,
    lastReviewedOn: e.lastReviewedOn,
  };
}

export function directoryEntryView(e: DirectoryEntry, today: IsoDate, reviewMonths: number): DirectoryEntryView {
  const reviewDueOn = directoryReviewDue(e.lastReviewedOn, reviewMonths);
  return {
    ...publicDirectoryService(e),
    active: e.active,
    owner: { id: e.ownerStaffId, name: e.ownerName },
    reviewDueOn,
    dueForReview: reviewDueOn <= today,
    signpostCount: e.signpostCount,
  };
}
