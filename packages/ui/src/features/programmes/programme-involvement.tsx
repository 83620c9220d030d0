import { Link } from "react-router";
import { Tag } from "../../components/content";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { programmePaths } from "./paths";

interface ProgrammePlace {
  id: string;
  runId: string;
  programmeName: string;
  personId: string;
  status: string;
  since: string;
  attended: number;
  sessions: number;
}

const statusText: Record<string, string> = {
  waiting: "On the waiting list",
  offered: "Place offered",
  declined: "Place declined",
  enrolled: "Enrolled",
  completed: "Completed",
  withdrawn: "Withdrawn",
};

/** The group programmes section of a family's Involvement page: each member's referrals and places. */
export function ProgrammeInvolvement({ places, nameOf }: { places: ProgrammePlace[]; nameOf: (personId: string) => string }) {
  return (
    <>
      <h2 className="govuk-heading-m">Group programmes</h2>
      {places.length === 0 ? (
        <p className="govuk-body">No referrals to group programmes.</p>
      ) : (
        <Table
          caption="Group programme referrals and places"
          rows={places}
          rowKey={(p) => p.id}
          columns={[
            { header: "Who", cell: (p) => nameOf(p.personId) },
            {
              header: "Programme",
              cell: (p) => (
                <Link className="govuk-link" to={programmePaths.run(p.runId)}>
                  {p.programmeName}
                </Link>
              ),
            },
            { header: "Since", cell: (p) => formatUkDate(p.since) },
            { header: "Status", cell: (p) => <Tag colour={p.status === "completed" ? "green" : "grey"}>{statusText[p.status] ?? p.status}</Tag> },
            {
              header: "Sessions attended",
              cell: (p) => (p.status === "enrolled" || p.status === "completed" ? `${p.attended} of ${p.sessions}` : ""),
              numeric: true,
            },
          ]}
        />
      )}
    </>
  );
}
