import type { RouterOutputs } from "@hearth/api";
import { countOf } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { familyRoleLabels, fullName, peoplePaths } from "./paths";

type Family = RouterOutputs["families"]["get"];

export function FamilyPage() {
  const { familyId = "" } = useParams();
  const trpc = useTRPC();
  const family = useQuery(trpc.families.get.queryOptions({ familyId }));
  if (family.isPending) return <p className="govuk-body">Loading…</p>;
  if (family.isError) return <RecordProblem error={family.error} what="Family" />;
  return <FamilyDetails family={family.data} />;
}

function FamilyDetails({ family }: { family: Family }) {
  usePageTitle(family.name);
  return (
    <>
      <span className="govuk-caption-l">Family</span>
      <h1 className="govuk-heading-l">{family.name}</h1>
      <SummaryList rows={[{ key: "Postcode", value: family.postcode ?? "Not recorded" }]} />
      {family.members.length === 0 ? (
        family.membersOutsideYourArea + family.membersRestricted === 0 && (
          <p className="govuk-body">No one has been added to this family yet.</p>
        )
      ) : (
        <Table
          caption="Members"
          rows={family.members}
          rowKey={(member) => member.personId}
          columns={[
            {
              header: "Name",
              cell: (member) => (
                <Link className="govuk-link" to={peoplePaths.person(member.personId)}>
                  {fullName(member)}
                </Link>
              ),
            },
            { header: "Role", cell: (member) => familyRoleLabels[member.role] ?? member.role },
            { header: "Date of birth", cell: (member) => formatUkDate(member.dateOfBirth) },
          ]}
        />
      )}
      {family.membersOutsideYourArea > 0 && (
        <div className="govuk-inset-text">
          {membersOutsideText(family.membersOutsideYourArea)} Their records belong to another area's
          team.
        </div>
      )}
      {family.membersRestricted > 0 && (
        <div className="govuk-inset-text">
          {countOf(family.membersRestricted, "member has", "members have")} a restricted record, not
          shown: only staff named on it can open it.
        </div>
      )}
    </>
  );
}

/** "1 member outside your area is not shown." — members whose own area the reader cannot see (ADR 8). */
export function membersOutsideText(count: number): string {
  return `${count} ${count === 1 ? "member" : "members"} outside your area ${count === 1 ? "is" : "are"} not shown.`;
}
