import {
  assessmentFactorLabels,
  categoryOfAbuseLabels,
  episodePartLabels,
  legalStatusLabels,
  primaryNeedLabels,
  reasonForClosureLabels,
  referralSourceLabels,
  type EpisodePartKind,
} from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { ButtonLink } from "../../components/button";
import { BackLink } from "../../components/content";
import { NotificationBanner } from "../../components/notification-banner";
import { SummaryList, type SummaryListRow } from "../../components/summary-list";
import { formatUkDate } from "../../format/dates";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { casePaths } from "../cases/paths";
import { CensusProblemList, problemsAt, problemsOf, type CensusProblemView } from "./census-problems";
import { labelOf } from "./code-options";
import { EpisodeFormFor } from "./episode-form-for";
import { episodePaths } from "./paths";

const date = (d: string | null | undefined, none = "Not recorded") => (d ? formatUkDate(d) : none);

/** A record's summary: each field's value with the census problems about that field beside it. */
function RecordSummary({
  problems,
  part,
  recordId,
  rows,
  change,
}: {
  problems: readonly CensusProblemView[];
  part: CensusProblemView["part"];
  recordId: string | null;
  rows: { field: string; key: string; value: ReactNode }[];
  change?: { to: string; what: string };
}) {
  const listed: SummaryListRow[] = rows.map((row, i) => ({
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
      <SummaryList rows={listed} />
      <CensusProblemList problems={others} />
    </>
  );
}

/**
 * One child's statutory episodes, reached from their case: each CIN referral with its
 * assessments, section 47 enquiries, plans and closure, and the child's looked-after periods.
 * Every census problem sits beside the field it concerns; a part is recorded or changed on the
 * same page (the form opens below the heading), and the problems are checked again as it is saved.
 */
export function ChildEpisodesPage() {
  const { caseId = "", childId = "" } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const page = useQuery(trpc.episodes.get.queryOptions({ caseId, childId }));
  const name = page.data ? `${page.data.child.firstName} ${page.data.child.lastName}` : "Child";
  usePageTitle(`Statutory episodes: ${name}`);
  if (page.isPending) return <p className="govuk-body">Loading…</p>;
  if (page.isError) return <RecordProblem error={page.error} what="Child" />;
  const data = page.data;
  const here = episodePaths.child(caseId, childId);
  const editing = search.get("part") as EpisodePartKind | null;
  const saved = search.get("saved");
  const to = (part: EpisodePartKind, options: { id?: string | null; referralId?: string | null } = {}) =>
    episodePaths.part(caseId, childId, part, options);
  const change = (part: EpisodePartKind, what: string, options: { id?: string | null; referralId?: string | null }) =>
    data.canChange ? { to: to(part, options), what } : undefined;
  const onSaved = () => {
    void page.refetch();
    void navigate(`${here}?saved=${editing ?? ""}`);
  };
  const childProblems = problemsOf(data.problems, "child", null);

  return (
    <>
      <BackLink to={casePaths.fssCase(caseId)}>Back to the case</BackLink>
      {saved && (
        <NotificationBanner type="success" heading={`${episodePartLabels[saved as EpisodePartKind] ?? "Record"} saved`}>
          <p className="govuk-body">
            {data.problems.length === 0
              ? "The child’s record has no census problems."
              : `The child’s record has ${data.problems.length} census problem${data.problems.length === 1 ? "" : "s"} to put right. Each is shown beside its field.`}
          </p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">Statutory episodes</span>
      <h1 className="govuk-heading-l">{name}</h1>
      {editing && data.canChange && (
        <EpisodeFormFor
          key={`${editing}:${search.get("id") ?? "new"}:${search.get("referral") ?? ""}`}
          data={data}
          part={editing}
          id={search.get("id")}
          referralId={search.get("referral")}
          onSaved={onSaved}
          cancelTo={here}
        />
      )}
      {childProblems.length > 0 && (
        <section aria-labelledby="child-details-heading">
          <h2 className="govuk-heading-m" id="child-details-heading">
            The child’s details
          </h2>
          <p className="govuk-body">The census also needs these details from the child’s own record.</p>
          <CensusProblemList problems={childProblems} />
        </section>
      )}
      {data.episodes.length === 0 && <p className="govuk-body">No CIN referral is recorded for this child.</p>}
      {data.episodes.map((e, n) => {
        const problems = data.problems.filter((p) => p.referralId === e.id);
        return (
          <section key={e.id} aria-labelledby={`episode-${e.id}`} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id={`episode-${e.id}`}>
              Episode {n + 1}: referred {formatUkDate(e.referralDate)}
              {e.closure ? `, closed ${formatUkDate(e.closure.closureDate)}` : ""}
            </h2>
            <RecordSummary
              problems={problems}
              part="referral"
              recordId={e.id}
              change={change("referral", "the CIN referral", { id: e.id })}
              rows={[
                { field: "referralDate", key: "Referral date", value: date(e.referralDate) },
                { field: "referralSource", key: "Referral source", value: labelOf(referralSourceLabels, e.referralSource) },
                { field: "referralNfa", key: "Further action", value: e.referralNfa ? "No further action" : "Led to further action" },
                { field: "primaryNeed", key: "Primary need", value: labelOf(primaryNeedLabels, e.primaryNeed) },
              ]}
            />
            <h3 className="govuk-heading-s">Assessments</h3>
            {e.assessments.map((a, i) => (
              <RecordSummary
                key={a.id}
                problems={problems}
                part="assessment"
                recordId={a.id}
                change={change("assessment", `assessment ${i + 1}`, { id: a.id, referralId: e.id })}
                rows={[
                  { field: "startDate", key: "Started", value: date(a.startDate) },
                  { field: "authorisationDate", key: "Authorised", value: date(a.authorisationDate, "Not yet") },
                  {
                    field: "factors",
                    key: "Factors identified",
                    value: a.factors.length ? a.factors.map((f) => labelOf(assessmentFactorLabels, f)).join("; ") : "None recorded",
                  },
                ]}
              />
            ))}
            <h3 className="govuk-heading-s">Section 47 enquiries</h3>
            {e.section47s.map((s, i) => (
              <RecordSummary
                key={s.id}
                problems={problems}
                part="section47"
                recordId={s.id}
                change={change("section47", `section 47 enquiry ${i + 1}`, { id: s.id, referralId: e.id })}
                rows={[
                  { field: "startDate", key: "Started", value: date(s.startDate) },
                  { field: "icpcTargetDate", key: "Conference target date", value: date(s.icpcTargetDate) },
                  {
                    field: "dateOfInitialCpc",
                    key: "Initial conference",
                    value: s.icpcNotRequired ? "Not required" : date(s.dateOfInitialCpc, "Not yet held"),
                  },
                ]}
              />
            ))}
            <h3 className="govuk-heading-s">Child protection plans</h3>
            {e.cpPlans.map((p, i) => (
              <RecordSummary
                key={p.id}
                problems={problems}
                part="cpPlan"
                recordId={p.id}
                change={change("cpPlan", `child protection plan ${i + 1}`, { id: p.id, referralId: e.id })}
                rows={[
                  { field: "startDate", key: "Started", value: date(p.startDate) },
                  { field: "endDate", key: "Ended", value: date(p.endDate, "Open") },
                  { field: "initialCategory", key: "Initial category of abuse", value: labelOf(categoryOfAbuseLabels, p.initialCategory) },
                  { field: "latestCategory", key: "Latest category of abuse", value: labelOf(categoryOfAbuseLabels, p.latestCategory) },
                  { field: "numberOfPreviousCpp", key: "Previous plans", value: String(p.numberOfPreviousCpp) },
                  {
                    field: "reviewDates",
                    key: "Reviews",
                    value: p.reviewDates.length ? p.reviewDates.map((r) => formatUkDate(r)).join(", ") : "None yet",
                  },
                ]}
              />
            ))}
            <h3 className="govuk-heading-s">Child in need plans</h3>
            {e.cinPlans.map((p, i) => (
              <RecordSummary
                key={p.id}
                problems={problems}
                part="cinPlan"
                recordId={p.id}
                change={change("cinPlan", `child in need plan ${i + 1}`, { id: p.id, referralId: e.id })}
                rows={[
                  { field: "startDate", key: "Started", value: date(p.startDate) },
                  { field: "endDate", key: "Ended", value: date(p.endDate, "Open") },
                ]}
              />
            ))}
            <h3 className="govuk-heading-s">Closure</h3>
            {e.closure ? (
              <RecordSummary
                problems={problems}
                part="closure"
                recordId={e.id}
                change={change("closure", "the closure", { referralId: e.id })}
                rows={[
                  { field: "closureDate", key: "Closed", value: date(e.closure.closureDate) },
                  { field: "reasonForClosure", key: "Reason", value: labelOf(reasonForClosureLabels, e.closure.reasonForClosure) },
                ]}
              />
            ) : (
              <>
                <p className="govuk-body">Open.</p>
                <CensusProblemList problems={problemsOf(problems, "closure", e.id)} />
              </>
            )}
            {data.canChange && (
              <ul className="govuk-list">
                {(["assessment", "section47", "cpPlan", "cinPlan"] as const).map((part) => (
                  <li key={part}>
                    <Link className="govuk-link" to={to(part, { referralId: e.id })}>
                      {addText[part]}
                      <span className="govuk-visually-hidden"> to episode {n + 1}</span>
                    </Link>
                  </li>
                ))}
                {!e.closure && (
                  <li>
                    <Link className="govuk-link" to={to("closure", { referralId: e.id })}>
                      Close episode {n + 1}
                    </Link>
                  </li>
                )}
              </ul>
            )}
          </section>
        );
      })}
      {data.canChange && <ButtonLink to={to("referral")}>Record a CIN referral</ButtonLink>}
      <h2 className="govuk-heading-m">Looked-after periods</h2>
      {data.lookedAfterPeriods.length === 0 && <p className="govuk-body">None recorded.</p>}
      {data.lookedAfterPeriods.map((p, i) => (
        <RecordSummary
          key={p.id}
          problems={[]}
          part="lookedAfter"
          recordId={p.id}
          change={change("lookedAfter", `looked-after period ${i + 1}`, { id: p.id })}
          rows={[
            { field: "legalStatus", key: "Legal status", value: labelOf(legalStatusLabels, p.legalStatus) },
            { field: "startDate", key: "Started", value: date(p.startDate) },
            { field: "endDate", key: "Ended", value: date(p.endDate, "Still looked after") },
          ]}
        />
      ))}
      {data.canChange && (
        <p className="govuk-body">
          <Link className="govuk-link" to={to("lookedAfter")}>
            Record a looked-after period
          </Link>
        </p>
      )}
    </>
  );
}

const addText = {
  assessment: "Record an assessment",
  section47: "Record a section 47 enquiry",
  cpPlan: "Record a child protection plan",
  cinPlan: "Record a child in need plan",
} as const;
