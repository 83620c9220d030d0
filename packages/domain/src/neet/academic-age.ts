import { addYears, type IsoDate } from "../calendar/iso-date";

/**
 * A young person's academic age is their age on 31 August before the academic year (1 September
 * to 31 August) that `on` falls in: a whole school year shares one academic age, which is how the
 * DfE decides who is in the participation cohort.
 */
export function academicYearStart(on: IsoDate): number {
  const year = Number(on.slice(0, 4));
  return Number(on.slice(5, 7)) >= 9 ? year : year - 1;
}

export function academicAge(dateOfBirth: IsoDate, on: IsoDate): number {
  const reference = `${academicYearStart(on)}-08-31`;
  const age = Number(reference.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return reference.slice(5) < dateOfBirth.slice(5) ? age - 1 : age;
}

/** The cohort: academic age 16 and 17; with an EHC plan, up to academic age 24 (so until 25). */
export const COHORT_AGES = { from: 16, to: 17, withEhcPlanTo: 24 } as const;

export function inNeetCohort(person: { dateOfBirth: IsoDate; hasEhcPlan: boolean | null }, on: IsoDate): boolean {
  const age = academicAge(person.dateOfBirth, on);
  return age >= COHORT_AGES.from && age <= (person.hasEhcPlan ? COHORT_AGES.withEhcPlanTo : COHORT_AGES.to);
}

/**
 * The dates of birth of academic ages `from`–`to` in the academic year of `on`, so the database
 * can find the cohort with a range on its date-of-birth index rather than a rule per row.
 */
export function birthDatesForAcademicAges(on: IsoDate, from: number, to: number): { earliest: IsoDate; latest: IsoDate } {
  const start = academicYearStart(on);
  return { earliest: `${start - to - 1}-09-01`, latest: `${start - from}-08-31` };
}

export const sixteenthBirthday = (dateOfBirth: IsoDate) => addYears(dateOfBirth, 16);
