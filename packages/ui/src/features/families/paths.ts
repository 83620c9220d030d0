/** The pages of a family record, inside any staff app that mounts them. Only ids in the URL. */
export const familyRecordPaths = {
  overview: (familyId: string) => `/families/${familyId}`,
  members: (familyId: string) => `/families/${familyId}/members`,
  addMember: (familyId: string) => `/families/${familyId}/members/add`,
  chronology: (familyId: string) => `/families/${familyId}/chronology`,
  involvement: (familyId: string) => `/families/${familyId}/involvement`,
  whoHasLooked: (familyId: string) => `/families/${familyId}/who-has-looked`,
};
