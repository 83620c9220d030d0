/** Where the Team Around the Family screens live inside the LCSS portal. Only ids in the URL. */
export const tafPaths = {
  taf: (tafId: string) => `/taf/${tafId}`,
};
