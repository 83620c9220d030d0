import { can, caseChildCategoryLabels, caseOutcomeLabels, caseVisitKindLabels } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { Tag } from "../../components/content";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { episodePaths } from "../episodes/paths";
import { familyRecordPaths } from "../families/paths";
import { programmePaths } from "../programmes/paths";
import { visitStatusColour, visitStatusText } from "./case-labels";
import { CaseOversightSection } from "./case-oversight-section";
import { CasePlanSection } from "./case-plan-section";
import { CloseCaseForm, ReopenCaseForm } from "./close-case-form";
import { RecordVisitForm } from "./record-visit-form";

/** One FSS case: its children and when each is next due a visit, its visits, and recording and closing. */
export function CasePage() {
  const { caseId = "" } = useParams();
  const staff = useStaff();
  const trpc = useTRPC();
  const page = useQuery(trpc.cases.get.queryOptions({ caseId }));
  usePageTitle(page.data ? `Case: ${page.data.family.name}` : "Case");
  if (page.isPending) return <p className="govuk-body">Loading…</p>;
  if (page.isError) return <RecordProblem error={page.error} what="Case" />;
  const { family, case: fssCase, children, visits, canChange } = page.data;
  const refresh = () => void page.refetch();
  const nameOf = (personId: string) => {
    const child = children.find((c) => c.personId === personId);
    return child ? `${child.firstName} ${child.lastName}` : "A child";
  };
  const open = fssCase.status === "open";
  return (
    <>
      <span className="govuk-caption-l">FSS case</span>
      <h1 className="govuk-heading-l">{family.name}</h1>
      <SummaryList
        rows={[
          {
            key: "Family record",
            value: (
              <Link className="govuk-link" to={familyRecordPaths.overview(family.id)}>
                Open the family’s record
              </Link>
            ),
          },
          { key: "Status", value: open ? <Tag colour="green">Open</Tag> : <Tag colour="grey">Closed</Tag> },
          { key: "Key worker", value: fssCase.keyWorkerName },
          { key: "Opened", value: formatUkDate(fssCase.openedOn) },
          { key: "Why FSS is involved", value: fssCase.reason },
          ...(fssCase.reopenReason && open ? [{ key: "Reopened because", value: fssCase.reopenReason }] : []),
          ...(!open
            ? [
                { key: "Closed", value: fssCase.closedAt ? formatUkDateTime(fssCase.closedAt) : "" },
                { key: "Reason for closing", value: fssCase.closeReason ?? "" },
                { key: "Closing summary", value: fssCase.closeSummary ?? "" },
                { key: "Outcome", value: fssCase.outcome ? caseOutcomeLabels[fssCase.outcome] : "" },
                ...(fssCase.steppedDownToLcss ? [{ key: "Stepped down", value: "To early help with LCSS" }] : []),
              ]
            : []),
        ]}
      />
      <Table
        caption="Children"
        rows={children}
        rowKey={(c) => c.personId}
        columns={[
          { header: "Name", cell: (c) => `${c.firstName} ${c.lastName}`, sortValue: (c) => c.lastName + c.firstName },
          { header: "Why FSS works with them", cell: (c) => caseChildCategoryLabels[c.category], sortValue: (c) => c.category },
          { header: "Last seen", cell: (c) => (c.lastSeenOn ? formatUkDate(c.lastSeenOn) : "Not yet seen"), sortValue: (c) => c.lastSeenOn ?? "" },
          {
            header: "Next visit due",
            cell: (c) =>
              c.nextVisitDue && open ? (
                <>
                  {formatUkDate(c.nextVisitDue)}{" "}
                  <Tag colour={visitStatusColour[c.visitStatus ?? "due"]}>{visitStatusText[c.visitStatus ?? "due"]}</Tag>
                </>
              ) : (
                "–"
              ),
            sortValue: (c) => c.nextVisitDue ?? "9999-12-31",
          },
          ...(can(staff.role, "episodes.read")
            ? [
                {
                  header: "Statutory episodes",
                  cell: (c: (typeof children)[number]) => (
                    <Link className="govuk-link" to={episodePaths.child(caseId, c.personId)}>
                      Episodes<span className="govuk-visually-hidden"> for {`${c.firstName} ${c.lastName}`}</span>
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {page.data.childrenHidden > 0 && <p className="govuk-body">The case names {page.data.childrenHidden} more children you cannot see.</p>}
      <h2 className="govuk-heading-m">Visits and case notes</h2>
      {visits.length === 0 ? (
        <p className="govuk-body">No visits recorded yet.</p>
      ) : (
        visits.map((visit) => (
          <div key={visit.id} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-s">
              {caseVisitKindLabels[visit.kind]}, {formatUkDateTime(visit.occurredAt)} {visit.significant && <Tag colour="red">Significant</Tag>}
            </h3>
            <SummaryList
              rows={[
                { key: "Recorded by", value: visit.recordedByName },
                { key: "Who was seen", value: visit.whoWasSeen },
                ...visit.children.map((child) => ({
                  key: nameOf(child.personId),
                  value: child.seen
                    ? `Seen${child.seenAlone ? ", alone" : `, not alone${child.notSeenAloneReason ? `: ${child.notSeenAloneReason}` : ""}`}`
                    : "Not seen",
                })),
                { key: "What happened", value: <span style={{ whiteSpace: "pre-wrap" }}>{visit.narrative}</span> },
              ]}
            />
          </div>
        ))
      )}
      {open && canChange && (
        <>
          <RecordVisitForm
            caseId={caseId}
            children={children.map((c) => ({ personId: c.personId, name: `${c.firstName} ${c.lastName}` }))}
            onRecorded={refresh}
          />
          {can(staff.role, "programmeRuns.refer") && (
            <p className="govuk-body">
              <Link className="govuk-link" to={programmePaths.referFromCase(caseId)}>
                Refer to a group programme
              </Link>
            </p>
          )}
        </>
      )}
      <CasePlanSection caseId={caseId} plan={page.data.plan} editable={open && canChange} onChanged={refresh} />
      <CaseOversightSection page={page.data} onChanged={refresh} />
      {open && canChange && <CloseCaseForm caseId={caseId} onClosed={refresh} />}
      {!open && can(staff.role, "cases.reopen") && <ReopenCaseForm caseId={caseId} onReopened={refresh} />}
      {!open && !can(staff.role, "cases.reopen") && <p className="govuk-body">This case is closed. A manager can reopen it with a reason.</p>}
    </>
  );
}
