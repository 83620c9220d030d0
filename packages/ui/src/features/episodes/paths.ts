import type { PagePart } from "./child-episodes";

/** Where the statutory episode screens live inside the FSS casework app. Only ids in the URL. */
export const episodePaths = {
  child: (caseId: string, childId: string) => `/cases/${caseId}/children/${childId}/episodes`,
  /** The same page with one part's form open: a new part (no id) or a change to one. */
  part: (caseId: string, childId: string, part: PagePart, options: { id?: string | null; referralId?: string | null } = {}) => {
    const query = new URLSearchParams({ part });
    if (options.id) query.set("id", options.id);
    if (options.referralId) query.set("referral", options.referralId);
    return `${episodePaths.child(caseId, childId)}?${query.toString()}#episode-form`;
  },
  readiness: "/census-readiness",
};
