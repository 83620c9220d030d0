import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { Table } from "../../components/table";
import { formatUkDateTime } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { fullName } from "../people/paths";

/** What each audited action means to a manager reading the log. */
const actionText: Record<string, string> = {
  "family.read": "Opened the family record",
  "family.involvement.read": "Looked at involvement",
  "family.accessLog.read": "Looked at who has looked at this record",
  "person.read": "Read a member’s record",
  "person.update": "Changed a member’s details",
  "family.update": "Changed the family",
  "family.alert.add": "Added an alert",
  "family.alert.review": "Reviewed an alert",
  "family.alert.end": "Ended an alert",
  "family.member.add": "Added a member",
  "family.member.remove": "Removed a member",
  "family.member.change": "Changed a member’s role",
  "family.relationship.change": "Changed a relationship",
  "family.member.contact.change": "Changed a member’s contact details",
  "family.consent.give": "Recorded consent",
  "family.consent.withdraw": "Recorded consent withdrawn",
  "family.keyWorker.set": "Changed the key worker",
  "chronology.read": "Read the chronology",
  "chronology.addEntry": "Added a chronology entry",
  "chronology.editEntry": "Corrected a chronology entry",
};

/** Who has read or changed the family and its members: for managers and the data officer. */
export function FamilyWhoHasLookedPage() {
  const { familyId = "" } = useParams();
  const trpc = useTRPC();
  const log = useQuery(trpc.families.accessLog.queryOptions({ familyId }));
  if (log.isPending) return <p className="govuk-body">Loading…</p>;
  if (log.isError) return <LoadProblem error={log.error} what="who has looked at this record" />;
  const memberName = (personId: string | null) => {
    const member = log.data.family.members.find((m) => m.personId === personId);
    return member ? fullName(member) : "";
  };
  return (
    <>
      <h1 className="govuk-heading-l">Who has looked at this record</h1>
      <Table
        caption="Most recent first"
        rows={log.data.entries}
        rowKey={(e) => String(e.id)}
        columns={[
          { header: "When", cell: (e) => formatUkDateTime(e.at.toString()) },
          { header: "Who", cell: (e) => e.actorName ?? "Unknown" },
          { header: "What", cell: (e) => `${actionText[e.action] ?? e.action}${e.entityType === "person" ? `: ${memberName(e.entityId)}` : ""}` },
          { header: "Outcome", cell: (e) => (e.outcome === "denied" ? "Refused" : "Allowed") },
        ]}
      />
    </>
  );
}
