/** Where FSS's intake screens live inside the FSS casework app. Only ids in the URL. */
export const intakePaths = {
  queue: "/intake",
  request: (requestId: string) => `/intake/${requestId}`,
};
