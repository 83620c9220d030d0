import { z } from "zod";
import { textSchema } from "../shared/text";
import { canSeeArea, type StaffScope } from "./scope";

/** How long a break-the-glass grant lasts: one working day's shift, then a new reason is needed. */
export const BREAK_GLASS_HOURS = 8;

/** Why a record is restricted, as the council's records policy names the cases. */
export const restrictionCategories = ["adoption", "staff_relative", "high_profile", "other"] as const;
export type RestrictionCategory = (typeof restrictionCategories)[number];
export const restrictionCategoryLabels: Record<RestrictionCategory, string> = {
  adoption: "Adoption",
  staff_relative: "A staff member's relative",
  high_profile: "High-profile case",
  other: "Other",
};

const personId = z.uuid({ error: "Unknown person" });

export const breakGlassSchema = z.object({
  personId,
  // Ten characters stops "x" or "checking": the owning area's managers read these reasons.
  reason: textSchema({ label: "reason", max: 1000, min: 10, multiline: true, required: "Enter why you need to open this record" }),
});
export type BreakGlass = z.infer<typeof breakGlassSchema>;

export const restrictionSetSchema = z.object({
  personId,
  category: z.enum(restrictionCategories, { error: "Choose why the record is restricted" }),
  note: textSchema({ label: "note", max: 1000, multiline: true }).optional(),
  contact: textSchema({ label: "contact", max: 200, min: 1, required: "Enter who staff should contact, for example Central LCSS manager" }),
});
export type RestrictionSet = z.infer<typeof restrictionSetSchema>;

export const restrictionLiftSchema = z.object({ personId });
/** Reading a restriction and whom it names, for the managers who manage it. */
export const restrictionGetSchema = z.object({ personId });
export const restrictionAllowStaffSchema = z.object({ personId, staffId: z.uuid({ error: "Choose a member of staff" }) });
export type RestrictionAllowStaff = z.infer<typeof restrictionAllowStaffSchema>;
export const restrictionRemoveStaffSchema = restrictionAllowStaffSchema;

/** Finding staff to name on a restriction, by part of their name or email. */
export const staffFindSchema = z.object({
  query: textSchema({ label: "name or email", max: 100, required: "Enter at least 2 letters of their name or email" }).min(
    2,
    "Enter at least 2 letters of their name or email",
  ),
});
export type StaffFind = z.infer<typeof staffFindSchema>;

/** How long a search result's handle for a person known elsewhere opens the break-the-glass page. */
export const PERSON_HANDLE_MINUTES = 30;

/**
 * Breaking the glass on a search result known in another area: the result carries an opaque
 * handle, never the person's id, so neither the id nor anything personal is in the page's address.
 */
export const breakGlassByHandleSchema = z.object({
  handle: z
    .string({ error: "This search result has expired: search again" })
    .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "This search result has expired: search again" }),
  reason: breakGlassSchema.shape.reason,
});
export type BreakGlassByHandle = z.infer<typeof breakGlassByHandleSchema>;

export interface BreakGlassGrant {
  staffId: string;
  expiresAt: Date;
}

export interface PersonRestriction {
  contact: string;
  /** Staff named by a manager or data officer; the one who restricted the record is named too. */
  allowedStaffIds: readonly string[];
}

export type PersonAccess =
  | { open: true; via: "area" | "named" | "break_glass" }
  | { open: false; reason: "restricted"; contact: string }
  | { open: false; reason: "out_of_area" };

/**
 * Whether a member of staff may open a person's record, and why.
 *
 * A restriction beats everything: only the staff named on it open the record, wherever they work
 * and whatever their role, so not an administrator, a data officer or the record's own area's
 * workers. The manager or data officer who restricts a record is named on it as they do so, and
 * they manage it afterwards (who else is named, lifting it) without needing to open it. A named
 * member of staff from another area opens it because naming is the owning area's deliberate choice.
 *
 * Without a restriction: the owning area's staff and county-wide roles (canSeeArea); otherwise an
 * unexpired break-the-glass grant of this member of staff.
 */
export function canOpenPerson(
  scope: StaffScope,
  person: { areaId: string | null },
  access: { staffId: string; now: Date; grants: readonly BreakGlassGrant[]; restriction: PersonRestriction | null },
): PersonAccess {
  if (access.restriction) {
    return access.restriction.allowedStaffIds.includes(access.staffId)
      ? { open: true, via: "named" }
      : { open: false, reason: "restricted", contact: access.restriction.contact };
  }
  if (canSeeArea(scope, person.areaId)) return { open: true, via: "area" };
  // A grant is only ever for the record it was given for; the caller passes that record's grants.
  const granted = access.grants.some((g) => g.staffId === access.staffId && g.expiresAt.getTime() > access.now.getTime());
  return granted ? { open: true, via: "break_glass" } : { open: false, reason: "out_of_area" };
}

/** What a refused member of staff is told about a restricted record. */
export function restrictedRecordMessage(contact: string): string {
  return `Restricted record: contact ${contact}`;
}

/** When a grant made at `grantedAt` stops opening the record. */
export function breakGlassExpiry(grantedAt: Date): Date {
  return new Date(grantedAt.getTime() + BREAK_GLASS_HOURS * 60 * 60 * 1000);
}
