import { countOf } from "@hearth/domain";
import { SummaryList } from "../../components/summary-list";
import { membersOutsideText } from "../people/family-page";
import { AlertsSection } from "./alerts-section";
import { useFamilyRecord } from "./use-family-record";

/** The record's first page: the family in brief and its alerts. */
export function FamilyOverviewPage() {
  const { record, refresh } = useFamilyRecord();
  if (!record.data) return null;
  const family = record.data;
  return (
    <>
      <h1 className="govuk-heading-l">Overview</h1>
      <SummaryList
        rows={[
          { key: "Family", value: family.name },
          { key: "Postcode", value: family.postcode ?? "Not recorded" },
          { key: "Members shown", value: countOf(family.members.length, "member", "members") },
          { key: "Key worker", value: family.keyWorker?.displayName ?? "Not allocated" },
        ]}
      />
      {family.membersOutsideYourArea > 0 && <div className="govuk-inset-text">{membersOutsideText(family.membersOutsideYourArea)}</div>}
      <AlertsSection family={family} refresh={refresh} />
    </>
  );
}
