import { can, outcomeMeasureLabels, programmeCategoryLabels, type OutcomeMeasureKind } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { ButtonLink } from "../../components/button";
import { Tag } from "../../components/content";
import { Table } from "../../components/table";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { programmePaths } from "./paths";

/**
 * The programme catalogue: what FSS can run, with its evidence, who it is for and how completion
 * and change are judged. FSS managers and admins add and change programmes (retired ones shown to
 * them too); everyone else reads.
 */
export function CataloguePage() {
  usePageTitle("Programme catalogue");
  const trpc = useTRPC();
  const staff = useStaff();
  const editor = can(staff.role, "programmes.edit");
  const catalogue = useQuery(trpc.programmes.catalogue.queryOptions({ includeRetired: editor }));
  return (
    <>
      <h1 className="govuk-heading-l">Programme catalogue</h1>
      {editor && <ButtonLink to={programmePaths.newProgramme}>Add a programme</ButtonLink>}
      {catalogue.isPending && <p className="govuk-body">Loading…</p>}
      {catalogue.isError && <LoadProblem error={catalogue.error} what="catalogue" />}
      {catalogue.isSuccess && (
        <Table
          caption="Programmes FSS can run"
          rows={catalogue.data}
          rowKey={(p) => p.id}
          columns={[
            {
              header: "Programme",
              cell: (p) =>
                editor ? (
                  <Link className="govuk-link" to={programmePaths.programme(p.id)}>
                    {p.name}
                  </Link>
                ) : (
                  p.name
                ),
              sortValue: (p) => p.name,
            },
            { header: "Kind", cell: (p) => programmeCategoryLabels[p.category as keyof typeof programmeCategoryLabels] ?? p.category },
            {
              header: "Evidence rating",
              cell: (p) => (p.evidenceRating === "not_rated" ? "Not rated" : p.evidenceRating),
              sortValue: (p) => p.evidenceRating,
            },
            { header: "For", cell: (p) => [p.targetGroup, `ages ${p.childAgeFrom} to ${p.childAgeTo}`].filter(Boolean).join(", ") },
            { header: "Sessions", cell: (p) => String(p.numberOfSessions), sortValue: (p) => p.numberOfSessions, numeric: true },
            { header: "Completion", cell: (p) => `${Math.round(p.completionShare * 100)}% of sessions`, sortValue: (p) => p.completionShare },
            {
              header: "Outcome measures",
              cell: (p) => p.outcomeMeasures.map((m) => outcomeMeasureLabels[m as OutcomeMeasureKind] ?? m).join(", ") || "None",
            },
            ...(editor
              ? [
                  {
                    header: "Status",
                    cell: (p: (typeof catalogue.data)[number]) => <Tag colour={p.active ? "green" : "grey"}>{p.active ? "Offered" : "Retired"}</Tag>,
                  },
                ]
              : []),
          ]}
        />
      )}
    </>
  );
}
