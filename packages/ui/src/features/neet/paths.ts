/** Where the EET team's NEET tracking screens live inside the FSS casework app. Only ids in the URL. */
export const neetPaths = {
  chaseList: "/neet",
  youngPerson: (personId: string) => `/neet/young-people/${personId}`,
  figures: "/neet/figures",
};
