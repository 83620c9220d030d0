/** Where the shared people screens live inside any app that mounts them. */
export const peoplePaths = {
  find: "/people",
  add: "/people/new",
  person: (personId: string) => `/people/${personId}`,
  findFamily: "/families",
  family: (familyId: string) => `/families/${familyId}`,
};

export const familyRoleLabels: Record<string, string> = {
  child: "Child",
  parent_carer: "Parent or carer",
  other_adult: "Other adult",
};

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
