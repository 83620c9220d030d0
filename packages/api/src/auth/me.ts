import { roleLabels, staffRoleSchema } from "@hearth/domain";
import { z } from "zod";
import type { Context } from "../context";

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    // The role itself, not a string, so the apps can ask the permissions map what it may do.
    role: staffRoleSchema,
    roleLabel: z.string(),
    areaName: z.string().nullable(),
    centreName: z.string().nullable(),
    /**
     * How long the session lasts without a request: the apps warn before it ends (GOV.UK's
     * timeout warning) and offer to stay signed in, so nobody is signed out mid-form unawares.
     */
    sessionIdleSeconds: z.number().int().positive(),
  })
  .nullable();

/** Who is signed in, or null: the apps call this first to choose between sign-in and home. */
export function signedInStaff(ctx: Context): z.output<typeof meSchema> {
  const staff = ctx.staff;
  if (!staff) return null;
  return {
    id: staff.id,
    email: staff.email,
    displayName: staff.displayName,
    role: staff.role,
    roleLabel: roleLabels[staff.role],
    areaName: staff.areaName,
    centreName: staff.centreName,
    sessionIdleSeconds: Math.floor(ctx.config.sessionIdleMs / 1000),
  };
}
