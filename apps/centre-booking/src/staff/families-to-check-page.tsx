import { familyMatchReasonText, formatDate } from "@hearth/domain";
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  InsetText,
  NotFoundPage,
  NotificationBanner,
  serverFieldErrors,
  serverFormErrors,
  SummaryList,
  Table,
  usePageTitle,
  useTRPC,
} from "@hearth/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { staffPaths } from "./paths";

/**
 * New families to check: a booking that gave the mobile or email of a family already known was
 * not filed in that family (anyone can type a parent's mobile). Staff who meet the family decide.
 */
type Match = NonNullable<ReturnType<typeof useFamilyMatches>["data"]>[number];
type Family = Match["family"];

function useFamilyMatches() {
  const trpc = useTRPC();
  return useQuery(trpc.familyMatches.list.queryOptions());
}

const children = (family: Family) => family.members.filter((m) => m.role === "child");
const personText = (m: Family["members"][number]) =>
  m.restricted ? m.firstName : `${[m.firstName, m.lastName].filter(Boolean).join(" ")}, born ${formatDate(m.dateOfBirth)}`;

function PeopleList({ people }: { people: string[] }) {
  if (!people.length) return <>None recorded</>;
  return (
    <ul className="govuk-list">
      {people.map((p, i) => (
        <li key={i}>{p}</li>
      ))}
    </ul>
  );
}

export function FamiliesToCheckPage() {
  usePageTitle("New families to check");
  const matches = useFamilyMatches();
  const done = (useLocation().state as { done?: string } | null)?.done;
  return (
    <>
      <h1 className="govuk-heading-l">New families to check</h1>
      {done && <NotificationBanner type="success" title="Success" heading={done} />}
      <InsetText>
        These bookings gave the same mobile number or email address as a family we already know, so they have not been added to that family. Check
        with the family when you meet them, then say whether they are the same family.
      </InsetText>
      {matches.isPending && (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      {matches.isError && <p className="govuk-body">The families to check could not be loaded. Refresh the page to try again.</p>}
      {matches.data?.length === 0 && <p className="govuk-body">There are no new families to check.</p>}
      {matches.data && matches.data.length > 0 && (
        <Table
          caption="Families to check"
          captionSize="s"
          rows={matches.data}
          rowKey={(m) => m.id}
          columns={[
            { header: "New family", cell: (m) => <PeopleList people={[...m.family.carers, ...children(m.family).map(personText)]} /> },
            {
              header: "May be the same as",
              cell: (m) => <PeopleList people={[m.existingFamily.name, ...children(m.existingFamily).map(personText)]} />,
            },
            { header: "Why", cell: (m) => familyMatchReasonText[m.reason] },
            {
              header: <span className="govuk-visually-hidden">Action</span>,
              cell: (m) => (
                <Link className="govuk-link" to={staffPaths.familyToCheck(m.id)}>
                  Check<span className="govuk-visually-hidden"> {m.family.name}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

function familyRows(family: Family) {
  return [
    { key: "Family", value: family.name },
    { key: "Postcode", value: family.postcode ?? "Not recorded" },
    { key: "Carers who booked", value: <PeopleList people={family.carers} /> },
    { key: "Children", value: <PeopleList people={children(family).map(personText)} /> },
  ];
}

/** Check-your-answers for one match: both families side by side, and the two decisions. */
export function CheckFamilyPage() {
  const { matchId = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const matches = useFamilyMatches();
  const decided = (message: string) => async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.familyMatches.list.queryKey() });
    await navigate(staffPaths.familiesToCheck, { state: { done: message } });
  };
  const confirm = useMutation(trpc.familyMatches.confirm.mutationOptions({ onSuccess: decided("The families have been joined.") }));
  const reject = useMutation(trpc.familyMatches.reject.mutationOptions({ onSuccess: decided("The families have been kept apart.") }));
  const match = matches.data?.find((m) => m.id === matchId);
  usePageTitle("Are these the same family?", { hasErrors: Boolean(confirm.error ?? reject.error) });
  if (matches.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  if (!match) return <NotFoundPage />;
  const error = confirm.error ?? reject.error;
  const problems = error ? [...Object.values(serverFieldErrors(error)), ...serverFormErrors(error)].map((text) => ({ text })) : [];
  const busy = confirm.isPending || reject.isPending;
  return (
    <>
      <BackLink to={staffPaths.familiesToCheck}>Back to new families to check</BackLink>
      <ErrorSummary items={problems} />
      <h1 className="govuk-heading-l">Are these the same family?</h1>
      <p className="govuk-body">{familyMatchReasonText[match.reason]} as a family we already know.</p>
      <h2 className="govuk-heading-m">New family</h2>
      <SummaryList rows={familyRows(match.family)} />
      <h2 className="govuk-heading-m">Family we already know</h2>
      <SummaryList rows={familyRows(match.existingFamily)} />
      <h2 className="govuk-heading-m">Now decide</h2>
      <p className="govuk-body">
        If they are the same family, the new family&apos;s children and bookings will be added to the family we already know.
      </p>
      <ButtonGroup>
        <Button type="button" disabled={busy} onClick={() => confirm.mutate({ matchId })}>
          Yes, join the families
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => reject.mutate({ matchId })}>
          No, keep them apart
        </Button>
      </ButtonGroup>
    </>
  );
}
