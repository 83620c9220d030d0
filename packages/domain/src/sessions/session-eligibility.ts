import { formatDate } from "../calendar/uk-dates";
import type { IsoDate } from "../calendar/iso-date";
import { ageInMonths } from "../families/age";
import { dateOfBirthProblem } from "../families/person";
import { decide, type Decision } from "../shared/result";
import { describeAgeRule, type OpenAccessSessionType } from "./session-types";

export interface SessionAttendee {
  name?: string;
  dateOfBirth?: IsoDate | null;
  expectedDateOfBirth?: IsoDate | null;
  hasSend?: boolean;
  hasEhcPlan?: boolean;
  isCareLeaver?: boolean;
}

export type SessionEligibility = { eligible: true } | { eligible: false; reason: string };

/** Whether a child can come to a session of this type on the session date (ages move on!). */
export function sessionEligibility(type: OpenAccessSessionType, child: SessionAttendee, sessionDate: IsoDate): SessionEligibility {
  const rule = type.ageRule;
  const who = child.name ?? "This child";
  const range = describeAgeRule(rule);
  if (!child.dateOfBirth || sessionDate < child.dateOfBirth) {
    if (!child.dateOfBirth && !child.expectedDateOfBirth) {
      return {
        eligible: false,
        reason: `Add a date of birth for ${child.name ?? "this child"} first`,
      };
    }
    return rule.unbornWelcome ? { eligible: true } : { eligible: false, reason: `${type.name} is for children already born, aged ${range}` };
  }
  const months = ageInMonths(child.dateOfBirth, sessionDate);
  if (months < rule.fromMonths)
    return {
      eligible: false,
      reason: `${who} is too young for ${type.name} on ${formatDate(sessionDate)}: it is for ages ${range}`,
    };
  if (months < rule.untilMonths) return { eligible: true };
  const extended = child.hasSend || child.hasEhcPlan || child.isCareLeaver;
  if (extended && rule.extendedUntilMonths !== undefined && months < rule.extendedUntilMonths) return { eligible: true };
  return {
    eligible: false,
    reason: `${who} is too old for ${type.name} on ${formatDate(sessionDate)}: it is for ages ${range}`,
  };
}

/**
 * What a booking form says beside a child's date of birth: born in the future, or not the age the
 * session is for on its day. The booking pages ask it on the "who is coming" page and the server
 * asks it again on booking, so the family meets the same words at the first chance, not the last.
 */
export function bookingChildAgeProblem(
  type: OpenAccessSessionType,
  child: { firstName: string; dateOfBirth: IsoDate; send?: boolean },
  sessionDate: IsoDate,
  today: IsoDate,
): string | null {
  const born = dateOfBirthProblem(child.dateOfBirth, today);
  if (born) return born;
  const eligibility = sessionEligibility(type, { name: child.firstName, dateOfBirth: child.dateOfBirth, hasSend: child.send }, sessionDate);
  return eligibility.eligible ? null : eligibility.reason;
}

export interface SessionBookingRequest {
  type: OpenAccessSessionType;
  sessionDate: IsoDate;
  children: readonly SessionAttendee[];
  carers: number;
  capacity: number;
  placesTaken: number;
}

/** Every reason a booking cannot go ahead, so the family sees them all at once. */
export function checkSessionBooking(request: SessionBookingRequest): Decision<{ placesTaken: number }> {
  const reasons: string[] = [];
  if (request.children.length === 0) reasons.push("Choose at least one child to book for");
  for (const child of request.children) {
    const result = sessionEligibility(request.type, child, request.sessionDate);
    if (!result.eligible) reasons.push(result.reason);
  }
  if (request.type.carerMustStay && request.carers < 1) reasons.push(`A parent or carer must stay with children at ${request.type.name}`);
  const left = Math.max(0, request.capacity - request.placesTaken);
  if (request.children.length > left) {
    reasons.push(left === 0 ? "This session is full: join the waiting list" : `Only ${left} ${left === 1 ? "place is" : "places are"} left`);
  }
  return decide(reasons, () => ({ placesTaken: request.placesTaken + request.children.length }));
}

export function placesLeft(capacity: number, placesTaken: number): number {
  return Math.max(0, capacity - placesTaken);
}
