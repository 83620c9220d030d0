import type { RouterOutputs } from "@hearth/api";
import { Link } from "react-router";
import { Badge } from "../../components/moj";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { fullName, peoplePaths } from "./paths";

type PersonSearchResult = RouterOutputs["people"]["search"][number];

const key = (person: PersonSearchResult, index: number) => (person.kind === "record" ? person.id : `${person.kind}-${index}`);

/**
 * Search results, best match first. A person known in another area shows the name, age and whom
 * to contact, never the record (ADR 8), with a link to open it with a reason: the link holds the
 * result's opaque handle, not the person's id. A restricted match shows only whom to contact.
 */
export function PersonSearchResults({
  people,
  caption,
  personLink = peoplePaths.person,
}: {
  people: PersonSearchResult[];
  caption: string;
  /** Where a name leads: the person's record, or (in a picker) the choice of that person. */
  personLink?: (personId: string) => string;
}) {
  const rows = people.map((person, index) => ({ person, key: key(person, index) }));
  return (
    <Table
      caption={caption}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        {
          header: "Name",
          cell: ({ person }) =>
            person.kind === "record" ? (
              <Link className="govuk-link" to={personLink(person.id)}>
                {fullName(person)}
              </Link>
            ) : person.kind === "elsewhere" ? (
              fullName(person)
            ) : (
              "Restricted record"
            ),
        },
        {
          header: "Date of birth and age",
          cell: ({ person }) =>
            person.kind === "record" ? `${formatUkDate(person.dateOfBirth)} (${person.age})` : person.kind === "elsewhere" ? `Age ${person.age}` : "",
        },
        {
          header: "Postcode",
          cell: ({ person }) => (person.kind === "record" ? (person.postcode ?? "Not recorded") : ""),
        },
        {
          header: "Family",
          cell: ({ person }) => (person.kind === "record" ? familyCell(person.families) : ""),
        },
        {
          header: "Area",
          cell: ({ person }) => {
            if (person.kind === "record") return person.areaName;
            if (person.kind === "restricted") return `Restricted record: contact ${person.contact}`;
            const summary = `${fullName(person)}, age ${person.age}, known in ${person.areaName} area`;
            return (
              <>
                {`Known in ${person.areaName} area — contact ${person.contact}`}
                <br />
                <Link className="govuk-link" to={peoplePaths.breakGlassFromSearch(person.handle)} state={{ summary }}>
                  Open with a reason<span className="govuk-visually-hidden"> the record of {fullName(person)}</span>
                </Link>
              </>
            );
          },
        },
        {
          header: "Services now",
          cell: ({ person }) =>
            person.kind === "record" && person.services.length ? (
              <ul className="govuk-list">
                {person.services.map((service) => (
                  <li key={service}>
                    <Badge>{`Booked at ${service}`}</Badge>
                  </li>
                ))}
              </ul>
            ) : (
              ""
            ),
        },
      ]}
    />
  );
}

function familyCell(families: { familyId: string; name: string }[]) {
  if (families.length === 0) return "None recorded";
  return families.map((family, index) => (
    <span key={family.familyId}>
      {index > 0 && ", "}
      <Link className="govuk-link" to={peoplePaths.family(family.familyId)}>
        {family.name}
      </Link>
    </span>
  ));
}
