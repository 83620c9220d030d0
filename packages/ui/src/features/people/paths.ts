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
};

export const familyRoleLabels: Record<string, string> = {
  child: "Child",
  parent_carer: "Parent or carer",
  other_adult: "Other adult",
};

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
