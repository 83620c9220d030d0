import {
  assessmentFactorLabels,
  disabilityLabels,
  ethnicityLabels,
  sexLabels,
  upnUnknownLabels,
  categoryOfAbuseLabels,
  legalStatusLabels,
  primaryNeedLabels,
  reasonForClosureLabels,
  referralSourceLabels,
} from "@hearth/domain";
import type { ReactNode } from "react";
import { SummaryList, type SummaryListRow } from "../../components/summary-list";
import { formatUkDate } from "../../format/dates";
import { CensusProblemList, problemsAt, problemsOf, type CensusProblemView } from "./census-problems";
import type { ChildEpisodes, PagePart } from "./child-episodes";
import { labelOf } from "./code-options";

type Episode = ChildEpisodes["episodes"][number];

export interface SummaryRow {
  /** The field census problems name, so each problem shows beside its value. */
  field: string;
  key: string;
  value: ReactNode;
}

const date = (d: string | null | undefined, none = "Not recorded") => (d ? formatUkDate(d) : none);
const listed = (items: readonly string[], none: string, show: (item: string) => string) => (items.length ? items.map(show).join("; ") : none);

/** What each part's summary shows: one place for the labels, shared by every record of that part. */
export const partRows = {
  child: (c: ChildEpisodes["child"]): SummaryRow[] => [
    { field: "laChildId", key: "LA child ID", value: c.laChildId ?? "Given with the first referral" },
    { field: "sex", key: "Sex", value: labelOf(sexLabels, c.sex) },
    { field: "ethnicity", key: "Ethnicity", value: labelOf(ethnicityLabels, c.ethnicity) },
    { field: "disabilities", key: "Disabilities", value: listed(c.disabilities, "Not recorded", (d) => labelOf(disabilityLabels, d)) },
    { field: "upn", key: "UPN", value: c.upn ?? "Not recorded" },
    {
      field: "upnUnknownReason",
      key: "Why the UPN is not known",
      value: c.upnUnknownReason ? labelOf(upnUnknownLabels, c.upnUnknownReason) : "Not applicable",
    },
    { field: "formerUpn", key: "Former UPN", value: c.formerUpn ?? "None" },
    { field: "dateOfDeath", key: "Date of death", value: c.dateOfDeath ? formatUkDate(c.dateOfDeath) : "Not applicable" },
  ],
  referral: (e: Episode): SummaryRow[] => [
    { field: "referralDate", key: "Referral date", value: date(e.referralDate) },
    { field: "referralSource", key: "Referral source", value: labelOf(referralSourceLabels, e.referralSource) },
    { field: "referralNfa", key: "Further action", value: e.referralNfa ? "No further action" : "Led to further action" },
    { field: "primaryNeed", key: "Primary need", value: labelOf(primaryNeedLabels, e.primaryNeed) },
  ],
  assessment: (a: Episode["assessments"][number]): SummaryRow[] => [
    { field: "startDate", key: "Started", value: date(a.startDate) },
    { field: "authorisationDate", key: "Authorised", value: date(a.authorisationDate, "Not yet") },
    { field: "factors", key: "Factors identified", value: listed(a.factors, "None recorded", (f) => labelOf(assessmentFactorLabels, f)) },
  ],
  section47: (s: Episode["section47s"][number]): SummaryRow[] => [
    { field: "startDate", key: "Started", value: date(s.startDate) },
    { field: "icpcTargetDate", key: "Conference target date", value: date(s.icpcTargetDate) },
    {
      field: "dateOfInitialCpc",
      key: "Initial conference",
      value: s.icpcNotRequired ? "Not required" : date(s.dateOfInitialCpc, "Not yet held"),
    },
  ],
  cpPlan: (p: Episode["cpPlans"][number]): SummaryRow[] => [
    { field: "startDate", key: "Started", value: date(p.startDate) },
    { field: "endDate", key: "Ended", value: date(p.endDate, "Open") },
    { field: "initialCategory", key: "Initial category of abuse", value: labelOf(categoryOfAbuseLabels, p.initialCategory) },
    { field: "latestCategory", key: "Latest category of abuse", value: labelOf(categoryOfAbuseLabels, p.latestCategory) },
    { field: "numberOfPreviousCpp", key: "Previous plans", value: String(p.numberOfPreviousCpp) },
    { field: "reviewDates", key: "Reviews", value: p.reviewDates.length ? p.reviewDates.map((r) => formatUkDate(r)).join(", ") : "None yet" },
  ],
  cinPlan: (p: Episode["cinPlans"][number]): SummaryRow[] => [
    { field: "startDate", key: "Started", value: date(p.startDate) },
    { field: "endDate", key: "Ended", value: date(p.endDate, "Open") },
  ],
  closure: (c: NonNullable<Episode["closure"]>): SummaryRow[] => [
    { field: "closureDate", key: "Closed", value: date(c.closureDate) },
    { field: "reasonForClosure", key: "Reason", value: labelOf(reasonForClosureLabels, c.reasonForClosure) },
  ],
  lookedAfter: (p: ChildEpisodes["lookedAfterPeriods"][number]): SummaryRow[] => [
    { field: "legalStatus", key: "Legal status", value: labelOf(legalStatusLabels, p.legalStatus) },
    { field: "startDate", key: "Started", value: date(p.startDate) },
    { field: "endDate", key: "Ended", value: date(p.endDate, "Still looked after") },
  ],
} satisfies Record<PagePart, (record: never) => SummaryRow[]>;

/** A record's summary: each field's value with the census problems about that field beside it. */
export function RecordSummary({
  problems,
  part,
  recordId,
  rows,
  change,
}: {
  problems: readonly CensusProblemView[];
  part: CensusProblemView["part"];
  recordId: string | null;
  rows: SummaryRow[];
  change?: { to: string; what: string } | undefined;
}) {
  const shownRows: SummaryListRow[] = rows.map((row, i) => ({
    key: row.key,
    value: (
      <>
        {row.value}
        <CensusProblemList problems={problemsAt(problems, part, recordId, row.field)} />
      </>
    ),
    action: change && i === 0 ? { to: change.to, text: "Change", visuallyHiddenText: change.what } : undefined,
  }));
  // Problems about a field the summary does not show (a rule about the record as a whole) still show.
  const shown = new Set(rows.map((r) => r.field));
  const others = problemsOf(problems, part, recordId).filter((p) => !shown.has(p.field));
  return (
    <>
      <SummaryList rows={shownRows} />
      <CensusProblemList problems={others} />
    </>
  );
}
