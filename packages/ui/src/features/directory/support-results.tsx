import type { RouterOutputs } from "@hearth/api";
import { directoryAccessRouteLabels, directoryNeedLabels, weekdayLabels } from "@hearth/domain";
import { Link } from "react-router";
import { InsetText } from "../../components/content";
import { SummaryList, type SummaryListRow } from "../../components/summary-list";
import { countOf } from "@hearth/domain";

type Result = RouterOutputs["directory"]["search"];
export type PublicDirectoryService = Result["services"][number];

/** "Ages 0 to 5", "Ages 16 and over", "All ages". */
export function agesText(s: { minimumAge: number; maximumAge: number }): string {
  if (s.minimumAge === 0 && s.maximumAge >= 99) return "All ages";
  if (s.maximumAge >= 99) return `Ages ${s.minimumAge} and over`;
  return `Ages ${s.minimumAge} to ${s.maximumAge}`;
}

/** Phone first: most families ring, on the phone they searched from. */
function telHref(phone: string) {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}

export function ServiceDetails({ service }: { service: PublicDirectoryService }) {
  const rows: SummaryListRow[] = [
    { key: "Who it is for", value: [agesText(service), service.eligibility].filter(Boolean).join(". ") },
    { key: "Cost", value: service.cost },
    {
      key: "How to get it",
      value: [service.accessRoutes.map((r) => directoryAccessRouteLabels[r]).join(". "), service.accessNote].filter(Boolean).join(". "),
    },
    {
      key: "Where",
      value: service.venues.length
        ? service.venues.map((v) => `${v.name}, ${v.address}, ${v.postcode}`).join("; ")
        : `Covers ${service.localities.map((l) => l.name).join(", ")}`,
    },
  ];
  if (service.openings.length || service.timesNote)
    rows.push({
      key: "When",
      value: [service.openings.map((o) => `${weekdayLabels[o.day]} ${o.opensAt} to ${o.closesAt}`).join(", "), service.timesNote]
        .filter(Boolean)
        .join(". "),
    });
  rows.push({ key: "Kind of support", value: service.needs.map((n) => directoryNeedLabels[n]).join(", ") });
  return (
    <>
      {service.phone && (
        <p className="govuk-body-l govuk-!-margin-bottom-2">
          Call{" "}
          <a className="govuk-link" href={telHref(service.phone)}>
            {service.phone}
          </a>
        </p>
      )}
      <p className="govuk-body">{service.description}</p>
      <SummaryList rows={rows} noBorder />
      <p className="govuk-body">
        {service.email && (
          <>
            Email{" "}
            <a className="govuk-link" href={`mailto:${service.email}`}>
              {service.email}
            </a>
            <br />
          </>
        )}
        {service.website && (
          <a className="govuk-link" href={service.website} rel="noreferrer">
            {service.name} website (opens the provider’s site)
          </a>
        )}
      </p>
    </>
  );
}

/** The services found, then the centres' sessions there, each kind of session linking to booking. */
export function SupportResults({ result, bookingLink }: { result: Result; bookingLink: (centreId: string, sessionTypeId: string) => string }) {
  const total = result.services.length + result.sessions.length;
  return (
    <section aria-labelledby="support-results-heading">
      <h2 className="govuk-heading-m" id="support-results-heading">
        {countOf(total, "result", "results")}
        {result.place ? ` in ${result.place.localities.join(" and ")}` : ""}
      </h2>
      {total === 0 && <InsetText>No services match. Try another kind of support, or leave the age empty.</InsetText>}
      {result.services.map((service) => (
        <article key={service.id} className="govuk-!-margin-bottom-8" aria-labelledby={`service-${service.id}`}>
          <h3 className="govuk-heading-m govuk-!-margin-bottom-1" id={`service-${service.id}`}>
            {service.name}
          </h3>
          <p className="govuk-caption-m govuk-!-margin-bottom-3">{service.provider}</p>
          <ServiceDetails service={service} />
        </article>
      ))}
      {result.sessions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Sessions at Children and Family Centres</h2>
          <p className="govuk-body">Free open-access sessions. You can book a place without an account.</p>
          <ul className="govuk-list">
            {result.sessions.map((s) => (
              <li key={`${s.centreId}-${s.sessionTypeId}`} className="govuk-!-margin-bottom-4">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                  {s.name} at {s.centreName}
                </h3>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  {s.ages}. {countOf(s.sessionCount, "session", "sessions")} in the next 4 weeks.
                  {s.address ? ` ${s.address}${s.postcode ? `, ${s.postcode}` : ""}.` : ""}
                </p>
                <Link className="govuk-link" to={bookingLink(s.centreId, s.sessionTypeId)}>
                  Book {s.name.toLowerCase()} at {s.centreName}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
