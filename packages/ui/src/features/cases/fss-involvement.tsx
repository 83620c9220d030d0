import { Link } from "react-router";
import { Tag } from "../../components/content";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { casePaths } from "./paths";

interface FamilyCase {
  id: string;
  status: string;
  openedOn: string;
  keyWorkerName: string;
  visits: number;
}

/** The FSS section of a family's Involvement page: the family's cases, each a link to its page. */
export function FssInvolvement({ cases }: { cases: FamilyCase[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Family Support Service (FSS)</h2>
      {cases.length === 0 ? (
        <p className="govuk-body">No FSS cases.</p>
      ) : (
        <Table
          caption="FSS cases"
          rows={cases}
          rowKey={(c) => c.id}
          columns={[
            {
              header: "Opened",
              cell: (c) => (
                <Link className="govuk-link" to={casePaths.fssCase(c.id)}>
                  {formatUkDate(c.openedOn)}
                </Link>
              ),
            },
            { header: "Key worker", cell: (c) => c.keyWorkerName },
            { header: "Visits", cell: (c) => String(c.visits), numeric: true },
            { header: "Status", cell: (c) => (c.status === "open" ? <Tag colour="green">Open</Tag> : <Tag colour="grey">Closed</Tag>) },
          ]}
        />
      )}
    </>
  );
}
