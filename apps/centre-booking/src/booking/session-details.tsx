import { countOf, formatLongDate } from "@hearth/domain";
import { SummaryList, Tag } from "@hearth/ui";
import type { PublicSession } from "./session-types";

/** "Stay and play, Monday 30 November": which session the questions are for. */
export function sessionCaption(session: PublicSession): string {
  return `${session.title}, ${formatLongDate(session.date)}`;
}

export function sessionWhen(session: PublicSession): string {
  return `${formatLongDate(session.date)}, ${session.startTime} to ${session.endTime}`;
}

export function sessionPlace(session: PublicSession): string {
  const { centre } = session;
  return [centre.name, centre.address, centre.postcode].filter(Boolean).join(", ");
}

/** Places left in words; a full session says the family can still join the waiting list. */
export function Availability({ session }: { session: PublicSession }) {
  if (!session.bookable) return <Tag colour="grey">{session.status === "cancelled" ? "Cancelled" : "Cannot be booked"}</Tag>;
  if (session.full) return <Tag colour="orange">Full – join the waiting list</Tag>;
  return <Tag colour="green">{countOf(session.placesLeft, "place", "places")} left</Tag>;
}

/** Where, when and who it is for: the same for everyone, whether or not they have booked. */
export function sessionRows(session: PublicSession) {
  return [
    { key: "Where", value: sessionPlace(session) },
    { key: "When", value: sessionWhen(session) },
    { key: "Who it is for", value: `${session.type.name}: ${session.type.ages}` },
  ];
}

/** The facts a family needs to decide: where, when, who it is for, and whether there is room. */
export function SessionDetails({ session }: { session: PublicSession }) {
  return <SummaryList rows={[...sessionRows(session), { key: "Places", value: <Availability session={session} /> }]} />;
}
