import { z } from "zod";

/** Staff roles, as ARCHITECTURE.md names them. Deny by default: a procedure lists who may call it. */
export const staffRoles = [
  "lcss_worker",
  "lcss_senior",
  "fss_worker",
  "fss_manager",
  "centre_staff",
  "centre_manager",
  "eet_officer",
  "data_officer",
  "admin",
] as const;
export const staffRoleSchema = z.enum(staffRoles, { error: "Choose a valid role" });
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const roleLabels: Record<StaffRole, string> = {
  lcss_worker: "LCSS locality worker",
  lcss_senior: "LCSS senior practitioner",
  fss_worker: "Family support worker",
  fss_manager: "FSS manager",
  centre_staff: "Centre staff",
  centre_manager: "Centre manager",
  eet_officer: "EET officer",
  data_officer: "Data officer",
  admin: "Administrator",
};

/** Roles whose work is county-wide: they belong to no area and no centre. */
export const countyWideRoles = ["eet_officer", "data_officer", "admin"] as const satisfies readonly StaffRole[];
/** Roles that belong to one centre (their area is the centre's area). */
export const centreRoles = ["centre_staff", "centre_manager"] as const satisfies readonly StaffRole[];

export function isCountyWide(role: StaffRole): boolean {
  return (countyWideRoles as readonly StaffRole[]).includes(role);
}
export function isCentreRole(role: StaffRole): boolean {
  return (centreRoles as readonly StaffRole[]).includes(role);
}
