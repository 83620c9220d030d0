import type { RouterOutputs } from "@hearth/api";
import { ButtonLink, InsetText, Tag, usePageTitle, useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";

type AreaGroup = RouterOutputs["reference"]["centres"][number];
type Venue = AreaGroup["centres"][number];

// A centre's name already says what it is; the other places need saying.
const kindLabels: Partial<Record<Venue["kind"], string>> = {
  shared_site: "Shared locality site",
  mobile: "Mobile service",
};

/** Every place open-access sessions run, grouped by area: where a family starts. */
export function CentresPage() {
  usePageTitle("Children and Family Centres");
  const trpc = useTRPC();
  const centres = useQuery(trpc.reference.centres.queryOptions());
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Children and Family Centres</h1>
        <p className="govuk-body-l">
          Free sessions for babies, children, young people and their families: stay, play and learn, baby groups and youth groups.
        </p>
        <p className="govuk-body">You do not need an account. Find a centre near you.</p>
        <ButtonLink to="/sessions">Find a session</ButtonLink>
        <CentreList query={centres} />
      </div>
    </div>
  );
}

function CentreList({ query }: { query: { isPending: boolean; isError: boolean; data?: AreaGroup[] } }) {
  if (query.isPending) return <p className="govuk-body">Loading the list of centres…</p>;
  if (query.isError || !query.data) return <InsetText>Sorry, the list of centres cannot be shown at the moment. Try again later.</InsetText>;
  return query.data.map((group) => (
    <section key={group.areaName} aria-labelledby={areaHeadingId(group.areaName)}>
      <h2 className="govuk-heading-m" id={areaHeadingId(group.areaName)}>
        {group.areaName === "Countywide" ? "Across the county" : `${group.areaName} area`}
      </h2>
      <ul className="govuk-list govuk-list--spaced">
        {group.centres.map((venue) => (
          <li key={venue.id}>
            <VenueSummary venue={venue} />
          </li>
        ))}
      </ul>
    </section>
  ));
}

function areaHeadingId(areaName: string) {
  return `area-${areaName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

function VenueSummary({ venue }: { venue: Venue }) {
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{venue.name}</h3>
      {kindLabels[venue.kind] && (
        <p className="govuk-body govuk-!-margin-bottom-1">
          <Tag colour="grey">{kindLabels[venue.kind]}</Tag>
        </p>
      )}
      {venue.address ? (
        <p className="govuk-body govuk-!-margin-bottom-0">
          {venue.address}
          {venue.postcode && `, ${venue.postcode}`}
        </p>
      ) : (
        <p className="govuk-body govuk-!-margin-bottom-0">Comes to places across the county; each session says where.</p>
      )}
    </>
  );
}
