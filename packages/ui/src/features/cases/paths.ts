/** Where the FSS case screens live inside the FSS casework app. Only ids in the URL. */
export const casePaths = {
  caseload: "/cases",
  teamWorkload: "/team-workload",
  fssCase: (caseId: string) => `/cases/${caseId}`,
};
