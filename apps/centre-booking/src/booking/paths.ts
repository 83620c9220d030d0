/** The booking journey's pages in the order a family meets them. */
export const bookingSteps = ["children", "name", "contact", "postcode", "consent", "check"] as const;
export type BookingStep = (typeof bookingSteps)[number];

export const paths = {
  findSession: "/sessions",
  bookStep: (sessionId: string, step: BookingStep | "confirmation") => `/book/${sessionId}/${step}`,
  manage: "/booking/manage",
};

const lastSearchKey = "hearth-last-session-search";

/** Kept so the first question's back link returns to the same results, not an empty search. */
export function rememberSearch(query: string) {
  try {
    sessionStorage.setItem(lastSearchKey, query);
  } catch {
    // Without storage the back link still works; it just starts a new search.
  }
}

function lastSearch(): string {
  try {
    const query = sessionStorage.getItem(lastSearchKey);
    return query ? `?${query}` : "";
  } catch {
    return "";
  }
}

/** The page before this one, for its back link. The first question goes back to the search. */
export function previousStep(sessionId: string, step: BookingStep): string {
  const index = bookingSteps.indexOf(step);
  return index === 0 ? `${paths.findSession}${lastSearch()}` : paths.bookStep(sessionId, bookingSteps[index - 1]!);
}

/** The page after this one; from "Change" on the check answers page, straight back there. */
export function nextStep(sessionId: string, step: BookingStep, fromCheck: boolean): string {
  if (fromCheck) return paths.bookStep(sessionId, "check");
  return paths.bookStep(sessionId, bookingSteps[bookingSteps.indexOf(step) + 1] ?? "check");
}

/** The page that asks for a field, so a problem the server finds is shown beside its question. */
export function stepOfField(field: string): BookingStep {
  if (field.startsWith("children")) return "children";
  if (field === "carerName") return "name";
  if (field === "mobile" || field === "email" || field === "preferredChannel") return "contact";
  if (field === "postcode") return "postcode";
  if (field === "consentToContact") return "consent";
  return "check";
}
