/** Where the service directory's staff screens live inside the LCSS portal. Only ids in the URL. */
export const directoryPaths = {
  list: "/directory",
  dueForReview: "/directory?due=1",
  add: "/directory/new",
  entry: (serviceId: string) => `/directory/${serviceId}`,
};
