/** Where the group programme screens live inside the FSS casework app. Only ids and dates in the URL. */
export const programmePaths = {
  runs: "/programmes",
  catalogue: "/programmes/catalogue",
  newProgramme: "/programmes/catalogue/new",
  programme: (programmeId: string) => `/programmes/catalogue/${programmeId}`,
  newRun: "/programmes/runs/new",
  run: (runId: string) => `/programmes/runs/${runId}`,
  register: (runId: string, sessionDate: string) => `/programmes/runs/${runId}/register/${sessionDate}`,
  referFromCase: (caseId: string) => `/cases/${caseId}/refer-to-programme`,
  outcomes: (personId: string) => `/programmes/outcomes/${personId}`,
};
