import { earlyHelpAssessmentStatuses, type EarlyHelpAssessmentStatus } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Tag } from "../../components/content";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { assessmentStatusColour, assessmentStatusText } from "./assessment-labels";
import { assessmentPaths } from "./paths";

const isStatus = (value: string | null): value is EarlyHelpAssessmentStatus =>
  earlyHelpAssessmentStatuses.includes(value as EarlyHelpAssessmentStatus);

/** The area's Early Help Assessments by status: completed ones wait for a senior practitioner's sign-off. */
export function AssessmentListPage() {
  const [search] = useSearchParams();
  const asked = search.get("status");
  const status = isStatus(asked) ? asked : undefined;
  const trpc = useTRPC();
  const list = useQuery(trpc.assessments.list.queryOptions({ status }));
  usePageTitle("Early Help Assessments");
  const filters = [{ text: "All", to: assessmentPaths.list, current: !status }].concat(
    earlyHelpAssessmentStatuses.map((s) => ({
      text: s === "completed" ? "Completed, awaiting sign-off" : assessmentStatusText(s),
      to: `${assessmentPaths.list}?status=${s}`,
      current: status === s,
    })),
  );
  return (
    <>
      <h1 className="govuk-heading-l">Early Help Assessments</h1>
      <nav aria-label="Filter by status">
        <ul className="govuk-list govuk-list--inline" style={{ display: "flex", gap: "1.5em", flexWrap: "wrap" }}>
          {filters.map((f) => (
            <li key={f.to}>
              <Link
                className="govuk-link"
                to={f.to}
                aria-current={f.current ? "page" : undefined}
                style={f.current ? { fontWeight: 700 } : undefined}
              >
                {f.text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending && <p className="govuk-body">Loading…</p>}
      {list.isError && <LoadProblem error={list.error} what="assessments" />}
      {list.data &&
        (list.data.assessments.length === 0 ? (
          <p className="govuk-body">No assessments.</p>
        ) : (
          <Table
            caption="Assessments"
            rows={list.data.assessments}
            rowKey={(a) => a.id}
            columns={[
              {
                header: "Family",
                cell: (a) => (
                  <Link className="govuk-link" to={assessmentPaths.assessment(a.id)}>
                    {a.familyName}
                  </Link>
                ),
              },
              { header: "Started", cell: (a) => formatUkDate(a.startedOn) },
              { header: "Due", cell: (a) => formatUkDate(a.dueOn) },
              { header: "Lead professional", cell: (a) => a.leadProfessional ?? "Not yet named" },
              {
                header: "Status",
                cell: (a) => (
                  <>
                    <Tag colour={assessmentStatusColour[a.status]}>{assessmentStatusText(a.status)}</Tag>
                    {a.consentWithdrawnOn && <span className="govuk-body-s"> Consent withdrawn</span>}
                  </>
                ),
              },
            ]}
          />
        ))}
    </>
  );
}
