/** Where the group programme screens live inside the FSS casework app. Only ids and dates in the URL. */
export const programmePaths = {
  runs: "/programmes",
  run: (runId: string) => `/programmes/runs/${runId}`,
  register: (runId: string, sessionDate: string) => `/programmes/runs/${runId}/register/${sessionDate}`,
  outcomes: (personId: string) => `/programmes/outcomes/${personId}`,
};
