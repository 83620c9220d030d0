/** Where the allocation meeting screens live inside the FSS casework app. Only ids in the URL. */
export const allocationMeetingPaths = {
  list: "/allocation-meetings",
  record: "/allocation-meetings/new",
  meeting: (meetingId: string) => `/allocation-meetings/${meetingId}`,
};
