import { usePageTitle, useService } from "../app/service";
import { serverErrorCode } from "../forms/server-errors";
import { Link } from "react-router";

export function NotFoundPage() {
  const service = useService();
  usePageTitle("Page not found");
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={service.homePath}>
          Go to the {service.name} start page
        </Link>
      </p>
    </>
  );
}

export function ServiceProblemPage() {
  usePageTitle("Sorry, there is a problem with the service");
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
      <p className="govuk-body">Anything you entered but did not save has not been kept.</p>
    </>
  );
}

/** A record the user asked for but cannot have: unknown, out of their area, or refused. */
export function RecordProblem({ error, what }: { error: unknown; what: string }) {
  const code = serverErrorCode(error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <RecordNotFound what={what} />;
  if (code === "FORBIDDEN") return <NoAccessPage />;
  return <ServiceProblemPage />;
}

function RecordNotFound({ what }: { what: string }) {
  usePageTitle(`${what} not found`);
  return (
    <>
      <h1 className="govuk-heading-l">{what} not found</h1>
      <p className="govuk-body">There is no {what.toLowerCase()} at this address that you can see. Records outside your area are not shown.</p>
    </>
  );
}

/** What every refusal says, whether the app or the server refused. */
export const NO_ACCESS = "Your account does not have access to this.";
const ASK_FOR_ACCESS = "If you think you should have access, ask your manager or the Hearth administrator.";

export function NoAccessPage({ reason }: { reason?: string }) {
  usePageTitle("You cannot use this page");
  return (
    <>
      <h1 className="govuk-heading-l">You cannot use this page</h1>
      <p className="govuk-body">{reason ?? NO_ACCESS}</p>
      <p className="govuk-body">{ASK_FOR_ACCESS}</p>
    </>
  );
}

/**
 * The words for a list or figures that could not be loaded: a refusal says so, since trying again
 * will not help; anything else is the service's fault and worth another try.
 */
export function loadProblemText(error: unknown, what: string): string {
  if (serverErrorCode(error) === "FORBIDDEN") return NO_ACCESS;
  return `Sorry, the ${what} could not be loaded. Try again later.`;
}

/** In place of a list or figures that could not be loaded; `what` names them ("sessions"). */
export function LoadProblem({ error, what }: { error: unknown; what: string }) {
  const refused = serverErrorCode(error) === "FORBIDDEN";
  return (
    <>
      <p className="govuk-body">{loadProblemText(error, what)}</p>
      {refused && <p className="govuk-body">{ASK_FOR_ACCESS}</p>}
    </>
  );
}
