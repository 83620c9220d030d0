import { accessKinds, accessRoutes, staffRoleSchema } from "@hearth/domain";
import { z } from "zod";

export const personAccessEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  who: z.string(),
  actorRole: staffRoleSchema.nullable(),
  kind: z.enum(accessKinds),
  route: z.enum(accessRoutes),
  action: z.string(),
  /** Why, where one was given: a break of the glass's reason, or why a request was refused. */
  reason: z.string(),
});

export const personAccessLogSchema = z.object({
  person: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), dateOfBirth: z.string(), areaName: z.string() }),
  entries: z.array(personAccessEntrySchema),
  /** True when the list stopped at its limit: older accesses exist beyond it. */
  truncated: z.boolean(),
});

export const csvDownloadSchema = z.object({ filename: z.string(), csv: z.string() });

const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A document of sections, each a list of stored rows field by field, for the data officer to review. */
export const subjectAccessExportSchema = z.object({
  person: personAccessLogSchema.shape.person,
  producedAt: z.string(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), items: z.array(z.record(z.string(), scalarSchema)) })),
});
