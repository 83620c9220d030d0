import { z } from "zod";

/** Merging a duplicate person record into the record to keep (issue 10 §2). */
export const personMergeSchema = z.object({
  duplicateId: z.uuid({ error: "Choose the duplicate record" }),
  keepId: z.uuid({ error: "Choose the record to keep" }),
});
export type PersonMerge = z.infer<typeof personMergeSchema>;

/** Finding the records that may be the same person as this one, to merge. */
export const personMergeCandidatesSchema = z.object({ personId: z.uuid({ error: "Unknown person" }) });

/** What decides whether two records may be merged, gathered by the caller. */
export interface MergeFacts {
  duplicateId: string;
  keepId: string;
  duplicate: { mergedIntoId: string | null; nhsNumber: string | null; upn: string | null };
  keep: { mergedIntoId: string | null; nhsNumber: string | null; upn: string | null };
  /** Undecided possible-family matches on a family either person belongs to. */
  openFamilyMatches: number;
  /** Programme runs both records are enrolled on. */
  sharedProgrammeRuns: number;
}

/**
 * Why two records may not be merged, in words for the data officer, or null when they may. A
 * merge moves everything and cannot be undone by a click, so anything still being decided about
 * either record, or anything saying they are two people, stops it.
 */
export function mergeRefusal(f: MergeFacts): string | null {
  if (f.duplicateId === f.keepId) return "A record cannot be merged into itself: choose two different records";
  if (f.duplicate.mergedIntoId) return "The duplicate has already been merged into another record";
  if (f.keep.mergedIntoId) return "The record to keep has itself been merged into another record: keep that one instead";
  if (f.duplicate.nhsNumber && f.keep.nhsNumber && f.duplicate.nhsNumber !== f.keep.nhsNumber)
    return "The two records have different NHS numbers, so they are not the same person";
  if (f.duplicate.upn && f.keep.upn && f.duplicate.upn !== f.keep.upn) return "The two records have different UPNs, so they are not the same person";
  if (f.openFamilyMatches > 0) return "A possible family match on one of their families is waiting for a decision: decide it before merging";
  if (f.sharedProgrammeRuns > 0) return "Both records are enrolled on the same programme run: withdraw one enrolment before merging";
  return null;
}

/** The merge page's choice: which record is the same person, and whether this one or that one is kept. */
export const personMergeChoiceSchema = z.object({
  otherId: z.uuid({ error: "Choose the record that is the same person" }),
  keep: z.enum(["this", "other"], { error: "Choose which record to keep" }),
});
export type PersonMergeChoice = z.infer<typeof personMergeChoiceSchema>;
