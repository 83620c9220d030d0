import { directoryAccessRoutes, directoryNeeds, weekdays } from "@hearth/domain";
import { z } from "zod";

const venue = z.object({ name: z.string(), address: z.string(), postcode: z.string() });
const opening = z.object({ day: z.enum(weekdays), opensAt: z.string(), closesAt: z.string() });

/** What families and partners may see of an entry: the service, never who keeps it or who used it. */
export const publicDirectoryServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  provider: z.string(),
  description: z.string(),
  needs: z.array(z.enum(directoryNeeds)),
  minimumAge: z.number().int(),
  maximumAge: z.number().int(),
  eligibility: z.string().nullable(),
  cost: z.string(),
  localities: z.array(z.object({ id: z.string(), name: z.string() })),
  venues: z.array(venue),
  openings: z.array(opening),
  timesNote: z.string().nullable(),
  accessRoutes: z.array(z.enum(directoryAccessRoutes)),
  accessNote: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  lastReviewedOn: z.string(),
});
export type PublicDirectoryService = z.infer<typeof publicDirectoryServiceSchema>;

/** The staff view adds who keeps the entry, whether it is due for review, and how often it is signposted to. */
export const directoryEntrySchema = publicDirectoryServiceSchema.extend({
  active: z.boolean(),
  owner: z.object({ id: z.string(), name: z.string() }),
  reviewDueOn: z.string(),
  dueForReview: z.boolean(),
  signpostCount: z.number().int(),
});
export type DirectoryEntryView = z.infer<typeof directoryEntrySchema>;

/** A centre's kind of open-access session, shown among the services, with a link to book. */
export const openAccessServiceSchema = z.object({
  centreId: z.string(),
  centreName: z.string(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  sessionTypeId: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  ages: z.string(),
  sessionCount: z.number().int(),
});

export const directorySearchResultSchema = z.object({
  /** The locality a postcode was found in, so the page can say where it looked. */
  place: z.object({ localities: z.array(z.string()) }).nullable(),
  services: z.array(publicDirectoryServiceSchema),
  sessions: z.array(openAccessServiceSchema),
});
export type DirectorySearchResult = z.infer<typeof directorySearchResultSchema>;
