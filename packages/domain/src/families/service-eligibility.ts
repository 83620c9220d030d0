import type { IsoDate } from "../calendar/iso-date";
import { dateOfReachingAge } from "./age";

/**
 * Who the family support services work with: children from before birth to 19, and young people
 * with SEND or leaving care until their 25th birthday. "0–19" counts whole years, so a young
 * person is eligible while aged 19 and stops on their 20th birthday; "up to 25" stops on the 25th
 * birthday, the day they turn 25.
 */
export const serviceAgeLimits = {
  /** Eligible until this birthday. */
  standardUntilBirthday: 20,
  extendedUntilBirthday: 25,
} as const;

export interface EligibilityPerson {
  dateOfBirth?: IsoDate | null;
  expectedDateOfBirth?: IsoDate | null;
  hasSend?: boolean;
  hasEhcPlan?: boolean;
  isCareLeaver?: boolean;
}

export type ServiceEligibility =
  | {
      eligible: true;
      basis: "unborn" | "under_20" | "send_to_25" | "care_leaver_to_25";
      until: IsoDate | null;
    }
  | { eligible: false; reason: string };

export function serviceEligibility(person: EligibilityPerson, on: IsoDate): ServiceEligibility {
  if (!person.dateOfBirth) {
    if (!person.expectedDateOfBirth) return { eligible: false, reason: "Record a date of birth or expected date of birth first" };
    return { eligible: true, basis: "unborn", until: null };
  }
  if (on < person.dateOfBirth) return { eligible: true, basis: "unborn", until: null };

  const standardEnd = dateOfReachingAge(person.dateOfBirth, serviceAgeLimits.standardUntilBirthday);
  if (on < standardEnd) {
    const extended = person.hasSend || person.hasEhcPlan || person.isCareLeaver;
    return {
      eligible: true,
      basis: "under_20",
      until: extended ? dateOfReachingAge(person.dateOfBirth, serviceAgeLimits.extendedUntilBirthday) : standardEnd,
    };
  }
  const extendedEnd = dateOfReachingAge(person.dateOfBirth, serviceAgeLimits.extendedUntilBirthday);
  if (on < extendedEnd) {
    if (person.hasSend || person.hasEhcPlan) return { eligible: true, basis: "send_to_25", until: extendedEnd };
    if (person.isCareLeaver) return { eligible: true, basis: "care_leaver_to_25", until: extendedEnd };
    return {
      eligible: false,
      reason: "Over 19: services continue to 25 only for young people with SEND or care leavers",
    };
  }
  return { eligible: false, reason: "Aged 25 or over: services end on the 25th birthday" };
}
