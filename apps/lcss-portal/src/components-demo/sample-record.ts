import type { TimelineItem } from "@hearth/ui";

/*
 * Made-up people and events for the components page only: no real family, and nothing here is
 * read from or written to the database.
 */

export const sampleFamily = {
  name: "Ashworth family",
  facts: [
    { label: "Family ID", value: "F-104 223" },
    { label: "Locality", value: "North" },
    { label: "Lead professional", value: "Lena Carter" },
  ],
};

// One entry in British Summer Time and one in Greenwich Mean Time, so both show England's clock.
export const sampleChronology: TimelineItem[] = [
  {
    id: "taf-review",
    title: "Team Around the Family review",
    by: "Lena Carter",
    at: "2026-12-02T14:15:00Z",
    body: "School reports attendance up to 94%. Family asked for help with housing; referral made.",
  },
  {
    id: "threshold",
    title: "Threshold decision: early help",
    by: "Sam Patel (senior practitioner)",
    at: "2026-07-15T09:00:00Z",
    body: "Needs can be met by early help. Early Help Assessment to be completed with the family.",
  },
  {
    id: "consultation",
    title: "Consultation from Cherwell Primary School",
    by: "Lena Carter",
    at: "2026-07-01T08:30:00Z",
    body: "Named consultation, with the parent's consent, about a fall in attendance.",
  },
];

export interface SampleCase {
  family: string;
  locality: "North" | "Central" | "South";
  status: "Open" | "Closed";
  opened: string;
  children: number;
}

export const sampleCases: SampleCase[] = [
  { family: "Ashworth", locality: "North", status: "Open", opened: "2026-07-01", children: 3 },
  { family: "Baptiste", locality: "South", status: "Open", opened: "2026-03-12", children: 1 },
  { family: "Chowdhury", locality: "Central", status: "Closed", opened: "2025-11-20", children: 2 },
  { family: "Doherty", locality: "North", status: "Open", opened: "2026-10-05", children: 4 },
  { family: "Ellis", locality: "South", status: "Closed", opened: "2026-01-28", children: 2 },
  { family: "Fernandes", locality: "Central", status: "Open", opened: "2026-09-14", children: 10 },
];
