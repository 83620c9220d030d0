import type { RouterOutputs } from "@hearth/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink, WarningText } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Table } from "../../components/table";
import { serverFormErrors } from "../../forms/server-errors";
import { formatUkDate } from "../../format/dates";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { can } from "@hearth/domain";
import { useStaff } from "../../auth/use-staff";
import type { MaintainPageState } from "./maintain-people-page";
import { fullName, peoplePaths } from "./paths";
import type { PersonPageState } from "./person-page";

/** The pair chosen on the previous page, passed in the router's state rather than the address. */
export interface MergeReviewState {
  duplicateId: string;
  keepId: string;
}

type Side = RouterOutputs["people"]["mergeReview"]["keep"];

/** What each kind of linked row is called, by the API's `table.column` key. */
const linkedLabels: Record<string, string> = {
  "family_members.person_id": "Family memberships",
  "person_other_names.person_id": "Other names",
  "booking_children.person_id": "Bookings",
  "session_attendances.person_id": "Attendances at sessions",
  "person_relationships.person_id": "Relationships (as the relative)",
  "person_relationships.relative_id": "Relationships",
  "contact_details.person_id": "Contact details",
  "consent_records.person_id": "Consent records",
  "consent_records.given_by_person_id": "Consents given for others",
  "cin_referrals.person_id": "Children in need referrals",
  "threshold_decision_children.person_id": "Threshold decisions",
  "early_help_assessments.consent_given_by_person_id": "Early help consents given",
  "early_help_assessment_children.person_id": "Early Help Assessments",
  "chronology_entries.person_id": "Chronology entries",
  "programme_enrolments.person_id": "Programme enrolments",
  "outcome_measurements.person_id": "Outcome measurements",
  "record_access_grants.person_id": "Out-of-area openings",
  "person_restrictions.person_id": "Restriction",
};

interface Row {
  key: string;
  label: string;
  value: (side: Side) => string;
}

const notRecorded = "Not recorded";

/**
 * The two records side by side before a merge: who they are, and what is linked to each (all of
 * the duplicate's moves to the kept one). If the server would refuse, the reason is shown in
 * place of the button; a refusal on confirming (something changed meanwhile) is shown the same way.
 */
export function MergeReviewPage() {
  const pair = useLocation().state as MergeReviewState | null;
  usePageTitle("Check the records before merging");
  if (!pair?.duplicateId || !pair.keepId)
    return (
      <>
        <h1 className="govuk-heading-l">Check the records before merging</h1>
        <p className="govuk-body">
          Choose the records to merge from a person’s page, or from duplicates and restrictions, first.{" "}
          <Link className="govuk-link" to={peoplePaths.maintain}>
            Duplicates and restrictions
          </Link>
        </p>
      </>
    );
  return <MergeReview pair={pair} />;
}

function MergeReview({ pair }: { pair: MergeReviewState }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const review = useQuery(trpc.people.mergeReview.queryOptions(pair));
  const merge = useMutation(trpc.people.merge.mutationOptions());
  const staff = useStaff();
  const [messages, setMessages] = useState<string[]>([]);
  if (review.isPending) return <p className="govuk-body">Loading…</p>;
  if (review.isError) return <RecordProblem error={review.error} what="Person" />;
  const { duplicate, keep, refusal } = review.data;

  const confirm = async () => {
    setMessages([]);
    try {
      await merge.mutateAsync(pair);
      await queryClient.invalidateQueries({ queryKey: trpc.people.get.queryKey() });
      // Data officers cannot open the kept record: they go back to where they found it.
      if (!can(staff.role, "people.read")) {
        await navigate(peoplePaths.maintain, { state: { merged: true } satisfies MaintainPageState });
        return;
      }
      const state: PersonPageState = { merged: true };
      await navigate(peoplePaths.person(keep.id), { state });
    } catch (error) {
      setMessages(serverFormErrors(error));
    }
  };

  const linkedKeys = [...new Set([...Object.keys(duplicate.linked), ...Object.keys(keep.linked)])];
  const rows: Row[] = [
    { key: "name", label: "Name", value: fullName },
    { key: "dob", label: "Date of birth", value: (s) => formatUkDate(s.dateOfBirth) },
    { key: "nhs", label: "NHS number", value: (s) => s.nhsNumber ?? notRecorded },
    { key: "upn", label: "UPN", value: (s) => s.upn ?? notRecorded },
    { key: "postcode", label: "Postcode", value: (s) => s.postcode ?? notRecorded },
    { key: "area", label: "Area", value: (s) => s.areaName },
    { key: "families", label: "Families", value: (s) => s.families.join(", ") || "None" },
    ...linkedKeys.map((k) => ({ key: k, label: linkedLabels[k] ?? k, value: (s: Side) => String(s.linked[k] ?? 0) })),
  ];
  return (
    <>
      <BackLink to={peoplePaths.mergeChoose(keep.id)}>Choose again</BackLink>
      <ErrorSummary items={messages.map((text) => ({ text }))} focusKey={messages.length} />
      <h1 className="govuk-heading-l">Check the records before merging</h1>
      <Table
        caption="The two records"
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { header: "Detail", cell: (row) => row.label },
          { header: "Duplicate (merged away)", cell: (row) => row.value(duplicate) },
          { header: "Record to keep", cell: (row) => row.value(keep) },
        ]}
      />
      {refusal ? (
        <>
          <h2 className="govuk-heading-m">These records cannot be merged</h2>
          <div className="govuk-inset-text">{refusal}</div>
        </>
      ) : (
        <>
          <WarningText>
            Everything linked to the duplicate moves to the record you keep, and the duplicate’s address leads there from now on. This is recorded
            with your name.
          </WarningText>
          <Button type="button" variant="warning" disabled={merge.isPending} onClick={() => void confirm()}>
            Merge the records
          </Button>
        </>
      )}
    </>
  );
}
