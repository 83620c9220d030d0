import { z } from "zod";
import { isCentreRole, isCountyWide, staffRoleSchema, type StaffRole } from "../access/roles";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalId = (message: string) => z.preprocess(blankToUndefined, z.uuid({ error: message }).optional());

/** How long an invitation's link to set a password stays usable. */
export const invitationLifetimeHours = 72;

/** Where a member of staff works: an area, a centre, or (county-wide roles) neither. */
export const staffPlacementSchema = z.object({
  role: staffRoleSchema,
  areaId: optionalId("Choose an area from the list"),
  centreId: optionalId("Choose a centre from the list"),
});
export type StaffPlacement = z.infer<typeof staffPlacementSchema>;

/**
 * What is wrong with a role's placement, field by field. County-wide roles belong to no area and no
 * centre; centre roles to one centre (its area is theirs); every other role to one area. A placement
 * that mixes them would give someone a scope nobody meant.
 */
export function staffPlacementProblems(p: { role: StaffRole; areaId?: string | undefined; centreId?: string | undefined }) {
  const problems: { field: "areaId" | "centreId"; message: string }[] = [];
  if (isCountyWide(p.role)) {
    if (p.areaId) problems.push({ field: "areaId", message: "Leave the area empty: this role works across the county" });
    if (p.centreId) problems.push({ field: "centreId", message: "Leave the centre empty: this role works across the county" });
  } else if (isCentreRole(p.role)) {
    if (!p.centreId) problems.push({ field: "centreId", message: "Choose the centre this person works at" });
    if (p.areaId) problems.push({ field: "areaId", message: "Leave the area empty: centre staff work in their centre's area" });
  } else {
    if (!p.areaId) problems.push({ field: "areaId", message: "Choose the area this person works in" });
    if (p.centreId) problems.push({ field: "centreId", message: "Leave the centre empty: this role works for an area, not a centre" });
  }
  return problems;
}

const withPlacementChecked = <T extends z.ZodType<StaffPlacement>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    for (const p of staffPlacementProblems(value)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
  });

export const staffInviteSchema = withPlacementChecked(
  staffPlacementSchema.extend({
    displayName: z.string().trim().min(1, "Enter the person's name").max(120, "Name must be 120 characters or fewer"),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "Enter a work email address, like name@oxfordshire.gov.uk" }).max(254, "Email address must be 254 characters or fewer")),
  }),
);
export type StaffInvite = z.infer<typeof staffInviteSchema>;

export const staffIdSchema = z.object({ staffId: z.uuid({ error: "Unknown member of staff" }) });
export type StaffId = z.infer<typeof staffIdSchema>;

export const staffChangeSchema = withPlacementChecked(staffPlacementSchema.extend({ staffId: z.uuid({ error: "Unknown member of staff" }) }));
export type StaffChange = z.infer<typeof staffChangeSchema>;

export const staffListFilterSchema = z.object({
  status: z.enum(["active", "inactive", "all"], { error: "Choose active, inactive or all" }).default("all"),
});
export type StaffListFilter = z.infer<typeof staffListFilterSchema>;

/** Long enough to resist guessing without rules about symbols (NCSC's guidance: length over complexity). */
export const minimumPasswordLength = 12;

export const passwordSetSchema = z
  .object({
    token: z.string().min(20, "This link is not complete: copy the whole link from the invitation").max(200),
    password: z
      .string()
      .min(minimumPasswordLength, `Password must be at least ${minimumPasswordLength} characters`)
      .max(200, "Password must be 200 characters or fewer"),
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "Enter the same password twice" });
export type PasswordSet = z.infer<typeof passwordSetSchema>;

/** The plain-English refusals of staff account changes, shown beside the field they are about. */
export const staffAccountRefusals = {
  emailTaken: "There is already an account with this email address",
  lastAdmin: "This is the last active administrator: make someone else an administrator first",
  alreadyInactive: "This account is already deactivated",
  alreadyActive: "This account is already active",
  deactivateSelf: "You cannot deactivate your own account: ask another administrator",
  invitationUnusable: "This link has expired or has already been used: ask your administrator for a new invitation",
} as const;
