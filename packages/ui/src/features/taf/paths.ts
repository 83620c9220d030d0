/** Where the Team Around the Family screens live inside the LCSS portal. Only ids in the URL. */
export const tafPaths = {
  list: "/taf",
  mine: "/taf?mine=yes",
  taf: (tafId: string) => `/taf/${tafId}`,
};
