import { formatUkDateTime } from "../../format/dates";
import { Link } from "react-router";
import { InsetText } from "../../components/content";
import type { RouterOutputs } from "@hearth/api";
import { staffAccountPaths } from "./paths";

/**
 * The one-time link, shown once: Hearth keeps only its hash, so it cannot be shown again (a new
 * link can be made from the account page). The administrator sends it to the person themselves.
 */
export function InvitationLink({ invitation, heading }: { invitation: RouterOutputs["staff"]["invite"]; heading: string }) {
  const link = `${window.location.origin}${invitation.link}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">
          Send this link to {invitation.account.displayName} at {invitation.account.email}. It lets them set a password once, and works until{" "}
          {formatUkDateTime(invitation.expiresAt)}.
        </p>
        <InsetText>
          <code style={{ overflowWrap: "anywhere" }} data-testid="invitation-link">
            {link}
          </code>
        </InsetText>
        <p className="govuk-body">This is the only time the link is shown. If it is lost, make a new one from their account page.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={staffAccountPaths.account(invitation.account.id)}>
            Go to {invitation.account.displayName}’s account
          </Link>
        </p>
      </div>
    </div>
  );
}
