import { staffRoleSchema } from "@hearth/domain";
import { z } from "zod";

export const staffAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  roleLabel: z.string(),
  areaId: z.string().nullable(),
  areaName: z.string().nullable(),
  centreId: z.string().nullable(),
  centreName: z.string().nullable(),
  active: z.boolean(),
  /** False until the invitation link has been used to set a password. */
  hasPassword: z.boolean(),
});

/** Open work a member of staff holds, for a manager to hand on when they leave or move. */
export const openWorkSchema = z.object({
  cases: z.array(z.object({ id: z.string(), familyId: z.string(), familyName: z.string(), openedOn: z.string() })),
  consultations: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      familyId: z.string().nullable(),
      familyName: z.string().nullable(),
      status: z.string(),
      receivedAt: z.string(),
    }),
  ),
  teamsAroundFamilies: z.array(z.object({ id: z.string(), familyId: z.string(), familyName: z.string(), startedOn: z.string() })),
  workItems: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), dueOn: z.string(), familyName: z.string().nullable() })),
});

export const staffAccountPageSchema = z.object({ account: staffAccountSchema, openWork: openWorkSchema });

export const invitationSchema = z.object({
  account: staffAccountSchema,
  /** The one-time link, shown once to the administrator to send on; only its hash is stored. */
  link: z.string(),
  expiresAt: z.string(),
});

export const deactivatedSchema = z.object({ account: staffAccountSchema, sessionsEnded: z.number().int() });
