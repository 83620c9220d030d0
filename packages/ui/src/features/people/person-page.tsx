import type { RouterOutputs } from "@hearth/api";
import { ageInYears } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, Navigate, useLocation, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { BackLink } from "../../components/content";
import { NotificationBanner } from "../../components/notification-banner";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate, todayIso } from "../../format/dates";
import { can } from "@hearth/domain";
import { useStaff } from "../../auth/use-staff";
import { restrictedContact } from "../../forms/server-errors";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { familyRoleLabels, fullName, peoplePaths } from "./paths";
import { RestrictRecordForm } from "./restrict-record-form";
import { LiftRestriction, RestrictedRecordPanel } from "./restricted-record";

type Person = RouterOutputs["people"]["get"];

/** Page state set by the add-person journey so this page can confirm what just happened. */
export interface PersonPageState {
  added?: boolean;
  /** Arrived after merging a duplicate into this record, or by the id of a merged duplicate. */
  merged?: boolean;
}

const notRecorded = "Not recorded";

/** NHS numbers are read and written in groups of 3, 3 and 4 digits. */
function formatNhsNumber(nhsNumber: string): string {
  return nhsNumber.replace(/^(\d{3})(\d{3})(\d{4})$/, "$1 $2 $3");
}

export function PersonPage() {
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const person = useQuery(trpc.people.get.queryOptions({ personId }));
  if (person.isPending) return <p className="govuk-body">Loading…</p>;
  if (person.isError) {
    const contact = restrictedContact(person.error);
    if (contact) return <RestrictedRecordPanel personId={personId} contact={contact} />;
    return <RecordProblem error={person.error} what="Person" />;
  }
  // A merged duplicate's id leads to the record it was merged into: show that record's own address.
  if (person.data.id !== personId) {
    const state: PersonPageState = { merged: true };
    return <Navigate replace to={peoplePaths.person(person.data.id)} state={state} />;
  }
  return <PersonDetails person={person.data} />;
}

function PersonDetails({ person }: { person: Person }) {
  const state = useLocation().state as PersonPageState | null;
  const staff = useStaff();
  const name = fullName(person);
  usePageTitle(name);
  const age = ageInYears(person.dateOfBirth, todayIso());
  return (
    <>
      <BackLink to={peoplePaths.find}>Find a person</BackLink>
      {state?.added && <NotificationBanner type="success" heading={`${name} has been added`} />}
      {state?.merged && (
        <NotificationBanner heading="A duplicate record was merged into this one">
          <p className="govuk-body">Links to the duplicate now open this record.</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">Person</span>
      <h1 className="govuk-heading-l">{name}</h1>
      {person.restricted && <div className="govuk-inset-text">This record is restricted: only staff named on it can open it.</div>}
      <SummaryList
        rows={[
          { key: "First name", value: person.firstName },
          { key: "Last name", value: person.lastName },
          { key: "Date of birth", value: `${formatUkDate(person.dateOfBirth)} (age ${age})` },
          {
            key: "NHS number",
            value: person.nhsNumber ? formatNhsNumber(person.nhsNumber) : notRecorded,
          },
          { key: "Unique Pupil Number (UPN)", value: person.upn ?? notRecorded },
          { key: "Postcode", value: person.postcode ?? notRecorded },
          {
            key: "Recorded by",
            value: person.source === "self_registered" ? "Self-registered by the family" : "Staff",
          },
        ]}
      />
      <h2 className="govuk-heading-m">Families</h2>
      {person.families.length === 0 ? (
        person.familiesOutsideYourArea === 0 && <p className="govuk-body">{person.firstName} is not in a family on Hearth.</p>
      ) : (
        <Table
          caption={`Families ${person.firstName} belongs to`}
          captionSize="s"
          rows={person.families}
          rowKey={(family) => family.familyId}
          columns={[
            {
              header: "Family",
              cell: (family) => (
                <Link className="govuk-link" to={peoplePaths.family(family.familyId)}>
                  {family.name}
                </Link>
              ),
            },
            {
              header: "Role in the family",
              cell: (family) => familyRoleLabels[family.role] ?? family.role,
            },
          ]}
        />
      )}
      {person.familiesOutsideYourArea > 0 && (
        <div className="govuk-inset-text">
          {person.firstName} is also in {person.familiesOutsideYourArea === 1 ? "a family" : `${person.familiesOutsideYourArea} families`} looked
          after by another area, not shown here.
        </div>
      )}
      {can(staff.role, "people.merge") && (
        <p className="govuk-body">
          <Link className="govuk-link" to={peoplePaths.mergeChoose(person.id)}>
            Merge a duplicate record into this one
          </Link>
        </p>
      )}
      {can(staff.role, "restrictions.manage") &&
        (person.restricted ? (
          <>
            <p className="govuk-body">
              <Link className="govuk-link" to={peoplePaths.restriction(person.id)}>
                Choose who may open this record
              </Link>
            </p>
            <LiftRestriction personId={person.id} />
          </>
        ) : (
          <RestrictRecordForm personId={person.id} />
        ))}
    </>
  );
}
