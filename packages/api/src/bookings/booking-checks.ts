import { dateOfBirthProblem, londonDateOf, sessionEligibility, type BookingChild } from "@hearth/domain";
import { isBookable, sessionTypeOf, type SessionRow } from "./session-view";

/**
 * The checks made before anything is written: the session can still be booked, and each child's
 * age suits it on the day. The manage link's "add a child" uses the same child checks.
 */

/** Why a session cannot be booked, in words for the family, or null when it can. */
export function sessionProblem(session: SessionRow | null, now: Date): string | null {
  if (!session) return "This session could not be found. Go back and choose another session.";
  if (session.status === "cancelled") return "This session has been cancelled. Choose another session.";
  if (!isBookable(session, now)) return "This session has already started. Choose another session.";
  return null;
}

/** Every child who cannot come, each against their own date of birth field. */
export function childProblems(session: SessionRow, children: readonly BookingChild[], now: Date) {
  const today = londonDateOf(now);
  const type = sessionTypeOf(session.type);
  return children.flatMap((child, i) => {
    const field = `children.${i}.dateOfBirth`;
    const born = dateOfBirthProblem(child.dateOfBirth, today);
    if (born) return [{ field, message: born }];
    const eligibility = sessionEligibility(type, { name: child.firstName, dateOfBirth: child.dateOfBirth, hasSend: child.send }, session.date);
    return eligibility.eligible ? [] : [{ field, message: eligibility.reason }];
  });
}
