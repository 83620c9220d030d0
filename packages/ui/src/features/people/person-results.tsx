import { Link } from "react-router";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { fullName, peoplePaths } from "./paths";

interface PersonSummary {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  postcode: string | null;
}

/** People who may be the one being added, each linking to their record. */
export function PersonResults({ people, caption }: { people: PersonSummary[]; caption: string }) {
  return (
    <Table
      caption={caption}
      rows={people}
      rowKey={(person) => person.id}
      columns={[
        {
          header: "Name",
          cell: (person) => (
            <Link className="govuk-link" to={peoplePaths.person(person.id)}>
              {fullName(person)}
            </Link>
          ),
        },
        { header: "Date of birth", cell: (person) => formatUkDate(person.dateOfBirth) },
        { header: "Postcode", cell: (person) => person.postcode ?? "Not recorded" },
      ]}
    />
  );
}
