import { addDays, formatLongDate } from "@hearth/domain";
import { ButtonGroup, ButtonLink, LoadProblem, NotificationBanner, Table, Tag, todayIso, usePageTitle, useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { CentrePicker, useCentreChoice } from "./centre-choice";
import { staffPaths } from "./paths";
import { sessionTime, tableDay, type StaffSession } from "./session-text";

// Four weeks ahead is the timetable staff plan against; older and later sessions are a date away.
const WEEKS_SHOWN = 4;

/** The centre's coming sessions, to create, change or cancel. */
export function SessionsPage() {
  const trpc = useTRPC();
  const { centre } = useCentreChoice();
  const done = (useLocation().state as { done?: string } | null)?.done;
  const from = todayIso();
  const sessions = useQuery({
    ...trpc.centreSessions.list.queryOptions({ centreId: centre?.id ?? "", from, to: addDays(from, WEEKS_SHOWN * 7 - 1) }),
    enabled: Boolean(centre),
  });
  usePageTitle("Sessions");

  return (
    <>
      {done && <NotificationBanner type="success" heading={done} />}
      <h1 className="govuk-heading-l">Sessions</h1>
      <CentrePicker />
      <ButtonGroup>
        <ButtonLink to={staffPaths.newSession}>Create a session</ButtonLink>
        <ButtonLink to={staffPaths.newSeries} variant="secondary">
          Create a weekly series
        </ButtonLink>
      </ButtonGroup>
      {sessions.isPending && centre && (
        <p className="govuk-body" role="status">
          Loading sessions…
        </p>
      )}
      {sessions.isError && <LoadProblem error={sessions.error} what="sessions" />}
      {sessions.data?.length === 0 && <p className="govuk-body">There are no sessions in the next {WEEKS_SHOWN} weeks.</p>}
      {sessions.data && sessions.data.length > 0 && (
        <Table
          caption={`The next ${WEEKS_SHOWN} weeks`}
          rows={sessions.data}
          rowKey={(s) => s.id}
          columns={[
            { header: "Session", cell: (s) => s.title },
            { header: "When", cell: (s) => `${tableDay(s.date)}, ${sessionTime(s)}` },
            { header: "Booked", cell: (s) => `${s.bookedCount} of ${s.capacity}` },
            { header: "Actions", cell: (s) => <SessionActions session={s} /> },
          ]}
        />
      )}
    </>
  );
}

function SessionActions({ session }: { session: StaffSession }) {
  if (session.status === "cancelled") return <Tag colour="red">Cancelled</Tag>;
  const hidden = (
    <span className="govuk-visually-hidden">
      {" "}
      {session.title} on {formatLongDate(session.date)}
    </span>
  );
  return (
    <ul className="govuk-list">
      <li>
        <Link className="govuk-link" to={staffPaths.register(session.id)}>
          Register{hidden}
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to={staffPaths.edit(session.id)}>
          Change{hidden}
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to={staffPaths.cancel(session.id)}>
          Cancel{hidden}
        </Link>
      </li>
    </ul>
  );
}
