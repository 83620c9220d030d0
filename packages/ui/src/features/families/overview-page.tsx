import { can, countOf } from "@hearth/domain";
import { Link, useSearchParams } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { familyRoleLabels, fullName, peoplePaths } from "../people/paths";
import { AlertsSection } from "./alerts-section";
import { KeyWorkerForm } from "./key-worker-form";
import { familyRecordPaths } from "./paths";
import { useFamilyRecord, type FamilyRecord } from "./use-family-record";

/** The record's first page: the family in brief, who is in it, and its alerts. */
export function FamilyOverviewPage() {
  const { familyId, record, refresh } = useFamilyRecord();
  const [params, setParams] = useSearchParams();
  const mayChange = can(useStaff().role, "families.update");
  if (!record.data) return null;
  const family = record.data;
  const changeKeyWorker = { to: `${familyRecordPaths.overview(familyId)}?change=key-worker`, text: "Change", visuallyHiddenText: "key worker" };
  return (
    <>
      <h1 className="govuk-heading-l">Overview</h1>
      <SummaryList
        rows={[
          { key: "Family", value: family.name },
          { key: "Postcode", value: family.postcode ?? "Not recorded" },
          { key: "Key worker", value: family.keyWorker?.displayName ?? "Not allocated", ...(mayChange ? { action: changeKeyWorker } : {}) },
        ]}
      />
      {params.get("change") === "key-worker" && <KeyWorkerForm familyId={familyId} done={() => refresh().then(() => setParams({}))} />}
      <MembersTable family={family} />
      <AlertsSection family={family} refresh={refresh} />
    </>
  );
}

/** Each member shown, linked to their own record; members of other areas only counted (ADR 8). */
function MembersTable({ family }: { family: FamilyRecord }) {
  return (
    <>
      {family.members.length === 0 ? (
        family.membersOutsideYourArea + family.membersRestricted === 0 && <p className="govuk-body">No one has been added to this family yet.</p>
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
        <div className="govuk-inset-text">{membersOutsideText(family.membersOutsideYourArea)} Their records belong to another area's team.</div>
      )}
      {family.membersRestricted > 0 && (
        <div className="govuk-inset-text">
          {countOf(family.membersRestricted, "member has", "members have")} a restricted record, not shown: only staff named on it can open it.
        </div>
      )}
    </>
  );
}

/** "1 member outside your area is not shown." — members whose own area the reader cannot see (ADR 8). */
export function membersOutsideText(count: number): string {
  return `${count} ${count === 1 ? "member" : "members"} outside your area ${count === 1 ? "is" : "are"} not shown.`;
}
