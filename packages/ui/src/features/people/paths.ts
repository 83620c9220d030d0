import { can, type StaffRole } from "@hearth/domain";

/** Where the shared people screens live inside any app that mounts them. */
export const peoplePaths = {
  find: "/people",
  add: "/people/new",
  person: (personId: string) => `/people/${personId}`,
  findFamily: "/families",
  family: (familyId: string) => `/families/${familyId}`,
  /** Opening another area's record with a recorded reason; search results link here. */
  breakGlass: (personId: string) => `/people/${personId}/break-glass`,
  breakGlassLog: "/record-access/out-of-area",
  /** The same, from a search result: the address holds the result's opaque handle, never an id. */
  breakGlassFromSearch: (handle: string) => `/record-access/open/${handle}`,
  /** Choosing a duplicate of this person to merge, then reviewing the two side by side. */
  mergeChoose: (personId: string) => `/people/${personId}/merge`,
  /** The ids travel in the router's state, so a reviewed pair is not a bookmarkable address. */
  mergeReview: "/people/merge/review",
  /** Finding a record to merge or restrict without opening it: data officers' way in (issue 10 §2). */
  maintain: "/people/duplicates-and-restrictions",
  /** Who may open a restricted record, for its managers. */
  restriction: (personId: string) => `/people/${personId}/restriction`,
  /** Who has looked at a person's record, from the audit trail (issue 15 §3). */
  accessLog: (personId: string) => `/people/${personId}/access-log`,
  /** Everything held about a person, for a subject access request. */
  subjectAccess: (personId: string) => `/people/${personId}/subject-access`,
};

/**
 * Where "back" leads from the merge and restriction screens: the person's record for those who may
 * open it, else "Duplicates and restrictions" (data officers do not read the person index).
 */
export function backToPerson(role: StaffRole, personId: string): string {
  return can(role, "people.read") ? peoplePaths.person(personId) : peoplePaths.maintain;
}

export const familyRoleLabels: Record<string, string> = {
  child: "Child",
  parent_carer: "Parent or carer",
  other_adult: "Other adult",
};

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
