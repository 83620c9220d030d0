import { academicAge, academicYearStart, addDays, addMonths, inNeetCohort, neetActivityGroup, type IsoDate } from "@hearth/domain";
import { SYNTHETIC_STAFF_DOMAIN } from "./casework";
import type { PersonRow } from "./households";
import { nameLists } from "./names";
import { syntheticIds, weighted, type Random } from "./random";

/**
 * The EET team's cohort in the synthetic county (issue 14 §2): every young person of academic
 * age 16–17 (to 24 with an EHC plan) gets a history of NCCIS activities as a council's team
 * keeps it. Year 12s have their Year 11 school record with its September Guarantee offer and
 * intended destination, then their autumn enrolment; Year 13s last year's activity and this
 * year's confirmation. Shares are near the DfE's national figures: about 3% NEET, 2–3% not
 * known (lapsed, recorded 8xx or never recorded), the rest mostly in sixth forms and colleges.
 * A few records carry what the NCCIS validation report is for: an EHC plan missing from the
 * characteristics, a course with no end date, an offer not recorded.
 */
const EET_OFFICERS_PER_AREA = 2;
/** The demo EET officer follows this many young people, so their My work and chase list are real but short. */
const DEMO_OFFICER_CASELOAD = 40;

const postSixteen = weighted([
  ["210", 34],
  ["220", 10],
  ["230", 33],
  ["250", 1],
  ["310", 6],
  ["320", 2],
  ["330", 2],
  ["340", 1],
  ["410", 1],
  ["450", 1],
  ["530", 1],
] as const);
const neetCodes = weighted([
  ["619", 55],
  ["610", 10],
  ["630", 8],
  ["640", 10],
  ["620", 5],
  ["680", 7],
  ["615", 5],
] as const);
const notKnownCodes = weighted([
  ["810", 5],
  ["820", 3],
  ["830", 1],
] as const);
const year11Offers = weighted([
  ["full_time_education", 88],
  ["apprenticeship", 4],
  ["employment_with_training", 1],
  ["traineeship_or_internship", 1],
  ["no_offer", 2],
  ["offer_not_known", 2],
  [null, 2],
] as const);
const destinations = weighted([
  ["210", 40],
  ["220", 10],
  ["230", 38],
  ["310", 10],
  [null, 2],
] as const);

type Outcome = "eet" | "neet" | "lapsed" | "recorded_not_known" | "never_recorded";
const outcomes = weighted<Outcome>([
  ["eet", 93.5],
  ["neet", 3],
  ["lapsed", 1.7],
  ["recorded_not_known", 0.8],
  ["never_recorded", 1],
]);

export interface NeetCohortPlan {
  staff: Record<string, unknown>[];
  activities: Record<string, unknown>[];
  youngPeople: number;
}

export function planNeetCohort(
  random: Random,
  params: { today: IsoDate; people: readonly PersonRow[]; areaIds: Record<string, string>; passwordHash: string; demoEetOfficerId: string | null },
): NeetCohortPlan {
  const ids = { staff: syntheticIds(24), activity: syntheticIds(25) };
  const plan: NeetCohortPlan = { staff: [], activities: [], youngPeople: 0 };
  const officers: string[] = [];
  for (const area of Object.keys(params.areaIds))
    for (let n = 1; n <= EET_OFFICERS_PER_AREA; n++) {
      const id = ids.staff();
      plan.staff.push({
        id,
        email: `eet-officer.${area}.${String(n).padStart(2, "0")}@${SYNTHETIC_STAFF_DOMAIN}`,
        displayName: `${random.pick(nameLists.women.british)} ${random.pick(nameLists.surnames.british)}`,
        role: "eet_officer",
        areaId: null,
        passwordHash: params.passwordHash,
      });
      officers.push(id);
    }

  const { today } = params;
  const yearStart = academicYearStart(today);
  const onOrBeforeToday = (date: IsoDate) => (date > today ? today : date);
  for (const person of params.people) {
    if (!inNeetCohort({ dateOfBirth: person.dateOfBirth, hasEhcPlan: person.hasEhcPlan }, today)) continue;
    plan.youngPeople++;
    const outcome = random.weighted(outcomes);
    if (outcome === "never_recorded") continue;
    const recordedBy = params.demoEetOfficerId && plan.youngPeople <= DEMO_OFFICER_CASELOAD ? params.demoEetOfficerId : random.pick(officers);
    const age = academicAge(person.dateOfBirth, today);
    const characteristics: string[] = [];
    if (person.isCareLeaver) characteristics.push("care_leaver");
    // One in ten EHC plans not yet among the characteristics: a query on the NCCIS report.
    if (person.hasEhcPlan && random.chance(0.9)) characteristics.push("send_ehc_plan");
    if (random.chance(0.01)) characteristics.push("youth_justice");
    if (random.chance(0.005)) characteristics.push("refugee_or_asylum_seeker");
    const carried = {
      characteristics,
      intendedDestinationCode: random.weighted(destinations) as string | null,
      septemberGuaranteeYear11: random.weighted(year11Offers) as string | null,
      septemberGuaranteeYear12: age >= 17 ? (random.weighted(year11Offers) as string | null) : null,
    };
    const add = (code: string, startDate: IsoDate, lastConfirmedOn: IsoDate, source: string, extra: { expectedEndDate?: IsoDate | null } = {}) => {
      if (lastConfirmedOn > today || lastConfirmedOn < startDate) return;
      const group = neetActivityGroup(code);
      plan.activities.push({
        id: ids.activity(),
        personId: person.id,
        activityCode: code,
        startDate,
        expectedEndDate: group === "education" || group === "training" ? (extra.expectedEndDate ?? null) : null,
        lastConfirmedOn,
        source,
        ...carried,
        characteristics: [...carried.characteristics, ...(code === "630" ? ["parent"] : []), ...(code === "620" ? ["carer"] : [])],
        recordedBy,
        recordedAt: new Date(`${lastConfirmedOn}T${String(random.int(9, 16)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:00Z`),
      });
    };
    const courseEnd = (fromYear: number) => (random.chance(0.95) ? `${fromYear}-07-${String(random.int(10, 20))}` : null);

    // The year before: Year 11 at school (the offer and destination recorded in spring), or last year's post-16 activity.
    // (A Year 12 whose record lapsed has none: a Year 11 school record would still look current.)
    if (age === 16 && outcome !== "lapsed")
      add("110", `${yearStart - 1}-09-0${random.int(1, 6)}`, `${yearStart}-03-${String(random.int(10, 28))}`, "school");
    const lastYearCode = random.weighted(postSixteen) as string;
    if (age >= 17) {
      const start = `${yearStart - 1}-09-0${random.int(2, 9)}`;
      add(lastYearCode, start, addDays(start, random.int(10, 50)), "data_match", { expectedEndDate: courseEnd(yearStart + 1) });
    }

    // This year.
    const september = onOrBeforeToday(`${yearStart}-09-0${random.int(2, 9)}`);
    const confirmed = (from: IsoDate) => onOrBeforeToday(addDays(from, random.int(7, 60)));
    if (outcome === "eet") {
      const code = age >= 17 && random.chance(0.85) ? lastYearCode : (random.weighted(postSixteen) as string);
      const start = age >= 17 && code === lastYearCode ? `${yearStart - 1}-09-05` : september;
      const source = neetActivityGroup(code) === "employment" ? "employer" : "data_match";
      add(code, start, confirmed(september), source, { expectedEndDate: courseEnd(yearStart + (age === 16 ? 2 : 1)) });
    } else if (outcome === "neet") {
      // Confirmed in the last eight weeks (within the three months NEET stays current), never before the year began.
      const back = addDays(today, -random.int(0, 55));
      const heard = back < `${yearStart}-09-01` ? today : back;
      const start = onOrBeforeToday(addDays(september, random.int(0, 60)));
      add(random.weighted(neetCodes), start < heard ? start : heard, heard, "young_person");
    } else if (outcome === "recorded_not_known") {
      add(random.weighted(notKnownCodes), september, confirmed(september), "careers_adviser");
    } else if (age >= 17) {
      // Lapsed: looking for work, last heard of four to eight months ago (NEET is confirmed every three).
      const heard = addMonths(today, -random.int(4, 8));
      const start = `${yearStart - 1}-10-01` < heard ? `${yearStart - 1}-10-01` : heard;
      add("619", start, heard, "young_person");
    }
  }
  return plan;
}
