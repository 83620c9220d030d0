import type { RouterOutputs } from "@hearth/api";
import { Link } from "react-router";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { fullName, peoplePaths } from "./paths";

type PersonSummary = Pick<
  RouterOutputs["people"]["search"][number],
  "id" | "firstName" | "lastName" | "dateOfBirth" | "postcode"
>;

/** People found, each linking to their record. Also lists possible duplicates when adding someone. */
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
