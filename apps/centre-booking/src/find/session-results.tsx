import { countOf } from "@hearth/domain";
import { InsetText } from "@hearth/ui";
import { Link } from "react-router";
import { paths } from "../booking/paths";
import { SessionDetails, sessionWhen } from "../booking/session-details";
import type { PublicSession } from "../booking/session-types";

export function SessionResults({ query }: { query: { isPending: boolean; isError: boolean; data?: PublicSession[] } }) {
  if (query.isPending) return <p className="govuk-body">Finding sessions…</p>;
  if (query.isError || !query.data) return <InsetText>Sorry, sessions cannot be shown at the moment. Try again later.</InsetText>;
  const found = query.data;
  return (
    <section aria-labelledby="results-heading">
      <h2 className="govuk-heading-m" id="results-heading" aria-live="polite">
        {found.length === 0 ? "No sessions found" : `${countOf(found.length, "session", "sessions")} found`}
      </h2>
      {found.length === 0 && <p className="govuk-body">Try another date, a nearby town or leave out the child’s age.</p>}
      <ul className="govuk-list">
        {found.map((session) => (
          <li key={session.id} className="govuk-!-margin-bottom-8">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{session.title}</h3>
            <SessionDetails session={session} />
            {session.bookable && (
              <Link className="govuk-link govuk-body" to={paths.bookStep(session.id, "children")}>
                {session.full ? "Join the waiting list" : "Book a place"}
                <span className="govuk-visually-hidden">
                  {" "}
                  for {session.title}, {sessionWhen(session)}
                </span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
