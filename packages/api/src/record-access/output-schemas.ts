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
