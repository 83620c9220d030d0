import type { StaffRole } from "../access/roles";

/** Who runs open-access sessions: centre staff for their centre, centre managers for their area's. */
export const centreSessionRoles = ["centre_staff", "centre_manager"] as const satisfies readonly StaffRole[];

/** Reach figures are counts, not records: the council's data officers read them county-wide too. */
export const reachReaders = ["centre_staff", "centre_manager", "data_officer"] as const satisfies readonly StaffRole[];

/**
 * Who checks possible family matches (see families/family-matches.ts): the people who run the
 * sessions and meet the families, for the families of their area.
 */
export const familyMatchCheckers = centreSessionRoles;
