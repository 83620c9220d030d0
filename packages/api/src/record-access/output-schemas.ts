import { schema } from "@hearth/db";
import { staffRoleSchema } from "@hearth/domain";
import { z } from "zod";

/** What break-the-glass and restrictions answer with. */

/** A grant until `expiresAt`; null when the reader could open the record anyway. */
export const breakGlassGrantSchema = z.object({ personId: z.string(), expiresAt: z.date().nullable() });

export const breakGlassLogEntrySchema = z.object({
  id: z.string(),
  grantedAt: z.date(),
  expiresAt: z.date(),
  reason: z.string(),
  personId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  areaId: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  staffRole: staffRoleSchema,
});

export const restrictionSetOutputSchema = z.object({ personId: z.string(), contact: z.string() });
export const restrictionLiftedSchema = z.object({ personId: z.string(), lifted: z.boolean() });
export const staffAllowedSchema = z.object({ personId: z.string(), staffId: z.string() });

const staffSummary = {
  staffId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: staffRoleSchema,
  areaName: z.string().nullable(),
};

/** A restriction as its managers see it: nothing about the person but their id. */
export const restrictionReadSchema = z.object({
  personId: z.string(),
  restriction: z.object({ category: z.enum(schema.restrictionCategory.enumValues), contact: z.string(), note: z.string().nullable() }).nullable(),
  named: z.array(z.object({ ...staffSummary, active: z.boolean() })),
});

export const staffRemovedSchema = z.object({ personId: z.string(), staffId: z.string(), removed: z.boolean() });

/** Staff found to name on a restriction. */
export const staffFoundSchema = z.array(z.object(staffSummary));
