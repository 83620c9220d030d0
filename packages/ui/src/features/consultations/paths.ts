/** Where the consultation screens live inside the LCSS portal. Only ids in the URL. */
export const consultationPaths = {
  list: "/consultations",
  /** Every call starts here, with the immediate-risk question. */
  start: "/consultations/new",
  log: "/consultations/new/call",
  consultation: (consultationId: string) => `/consultations/${consultationId}`,
};
