/** Where each staff page lives, relative to the app's /centres/ base, so links are written once. */
export const staffPaths = {
  home: "/staff",
  today: "/staff/today",
  sessions: "/staff/sessions",
  newSession: "/staff/sessions/new",
  newSeries: "/staff/sessions/new-series",
  register: (sessionId: string) => `/staff/sessions/${sessionId}/register`,
  edit: (sessionId: string) => `/staff/sessions/${sessionId}/edit`,
  /** The series is reached through one of its sessions, whose details fill the form. */
  editSeries: (sessionId: string) => `/staff/sessions/${sessionId}/edit-series`,
  cancel: (sessionId: string) => `/staff/sessions/${sessionId}/cancel`,
  cancelBooking: (sessionId: string, bookingId: string) => `/staff/sessions/${sessionId}/bookings/${bookingId}/cancel`,
  closures: "/staff/closures",
  reach: "/staff/reach",
  dashboards: "/staff/dashboards",
  messages: "/staff/messages",
  familiesToCheck: "/staff/families-to-check",
  programmeReferral: "/staff/programme-referral",
  familyToCheck: (matchId: string) => `/staff/families-to-check/${matchId}`,
};
