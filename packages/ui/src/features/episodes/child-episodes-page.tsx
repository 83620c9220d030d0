import { episodePartLabels } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { ButtonLink } from "../../components/button";
import { BackLink } from "../../components/content";
import { NotificationBanner } from "../../components/notification-banner";
import { formatUkDate } from "../../format/dates";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { casePaths } from "../cases/paths";
import { CensusProblemList, problemsOf } from "./census-problems";
import type { ChildEpisodes, PagePart } from "./child-episodes";
import { EpisodeFormFor } from "./episode-form-for";
import { partRows, RecordSummary, type SummaryRow } from "./part-summaries";
import { episodePaths } from "./paths";

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
  const editing = search.get("part") as PagePart | null;
  const saved = search.get("saved");
  const to = (part: PagePart, options: { id?: string | null; referralId?: string | null } = {}) => episodePaths.part(caseId, childId, part, options);
  const change = (part: PagePart, what: string, options: { id?: string | null; referralId?: string | null }) =>
    data.canChange ? { to: to(part, options), what } : undefined;
  const onSaved = () => {
    void page.refetch();
    void navigate(`${here}?saved=${editing ?? ""}`);
  };

  return (
    <>
      <BackLink to={casePaths.fssCase(caseId)}>Back to the case</BackLink>
      {saved && (
        <NotificationBanner type="success" heading={`${savedLabels[saved as PagePart] ?? "Record"} saved`}>
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
      <section aria-labelledby="child-details-heading">
        <h2 className="govuk-heading-m" id="child-details-heading">
          The child’s census details
        </h2>
        <RecordSummary
          problems={data.problems}
          part="child"
          recordId={null}
          change={change("child", "the child’s census details", {})}
          rows={partRows.child(data.child)}
        />
      </section>
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
              rows={partRows.referral(e)}
            />
            {listedParts.map(({ part, heading, records, what }) => (
              <Fragment key={part}>
                <h3 className="govuk-heading-s">{heading}</h3>
                {records(e).map((record, i) => (
                  <RecordSummary
                    key={record.id}
                    problems={problems}
                    part={part}
                    recordId={record.id}
                    change={change(part, `${what} ${i + 1}`, { id: record.id, referralId: e.id })}
                    rows={record.rows}
                  />
                ))}
              </Fragment>
            ))}
            <h3 className="govuk-heading-s">Closure</h3>
            {e.closure ? (
              <RecordSummary
                problems={problems}
                part="closure"
                recordId={e.id}
                change={change("closure", "the closure", { referralId: e.id })}
                rows={partRows.closure(e.closure)}
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
          rows={partRows.lookedAfter(p)}
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

type Episode = ChildEpisodes["episodes"][number];

const savedLabels: Record<PagePart, string> = { ...episodePartLabels, child: "The child’s census details" };

/** The parts listed under each episode, in the order a case runs. */
const listedParts: {
  part: "assessment" | "section47" | "cpPlan" | "cinPlan";
  heading: string;
  what: string;
  /** Each record of the part with the rows its summary shows. */
  records: (e: Episode) => { id: string; rows: SummaryRow[] }[];
}[] = [
  {
    part: "assessment",
    heading: "Assessments",
    what: "assessment",
    records: (e) => e.assessments.map((r) => ({ id: r.id, rows: partRows.assessment(r) })),
  },
  {
    part: "section47",
    heading: "Section 47 enquiries",
    what: "section 47 enquiry",
    records: (e) => e.section47s.map((r) => ({ id: r.id, rows: partRows.section47(r) })),
  },
  {
    part: "cpPlan",
    heading: "Child protection plans",
    what: "child protection plan",
    records: (e) => e.cpPlans.map((r) => ({ id: r.id, rows: partRows.cpPlan(r) })),
  },
  {
    part: "cinPlan",
    heading: "Child in need plans",
    what: "child in need plan",
    records: (e) => e.cinPlans.map((r) => ({ id: r.id, rows: partRows.cinPlan(r) })),
  },
];

const addText = {
  assessment: "Record an assessment",
  section47: "Record a section 47 enquiry",
  cpPlan: "Record a child protection plan",
  cinPlan: "Record a child in need plan",
} as const;
