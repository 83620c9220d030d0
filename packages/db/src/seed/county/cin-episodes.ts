import {
  addDays,
  addMonths,
  addWorkingDays,
  collectionYearEnding,
  isWeekend,
  nextWorkingDayOnOrAfter,
  type AssessmentFactor,
  type IsoDate,
} from "@hearth/domain";
import { weighted, type Random } from "./random";

/**
 * Statutory episodes (issue 12 §3) for children in need: the referral, the assessment, then a CIN
 * plan, a section 47 enquiry and child protection plan, or closure, on the timeline the DfE census
 * rules expect (docs/census-rules.md). Planned one child at a time into `EpisodeRows`, so the
 * county writes them all at once and the census benchmark streams hundreds of thousands in batches.
 * A few children (OPEN_PROBLEM_SHARE) carry the problems a real county has open at year end.
 */
export interface EpisodeRows {
  referrals: Record<string, unknown>[];
  assessments: Record<string, unknown>[];
  cinPlans: Record<string, unknown>[];
  section47s: Record<string, unknown>[];
  cpPlans: Record<string, unknown>[];
  closures: Record<string, unknown>[];
}

export const emptyEpisodeRows = (): EpisodeRows => ({ referrals: [], assessments: [], cinPlans: [], section47s: [], cpPlans: [], closures: [] });

export interface EpisodeIds {
  referral: () => string;
  assessment: () => string;
  cinPlan: () => string;
  section47: () => string;
  cpPlan: () => string;
  closure: () => string;
}

/** Of children in need in a year, about one in nine is on a child protection plan (DfE national figures). */
const S47_SHARE = 0.16;
const ICPC_SHARE_OF_S47 = 0.75;
const CLOSED_AFTER_ASSESSMENT = 0.3;
const NFA_SHARE = 0.07;
const CARRIED_OVER_SHARE = 0.35;
const SECOND_EPISODE_SHARE = 0.06;
export const OPEN_PROBLEM_SHARE = 0.03;

const referralSources = weighted([
  ["6", 28],
  ["2A", 18],
  ["3A", 6],
  ["3B", 4],
  ["3E", 4],
  ["3F", 5],
  ["1A", 7],
  ["1C", 3],
  ["4", 3],
  ["5A", 5],
  ["5C", 2],
  ["5D", 6],
  ["7", 2],
  ["8", 3],
  ["9", 2],
  ["10", 2],
] as const);
const primaryNeeds = weighted([
  ["N1", 55],
  ["N2", 8],
  ["N3", 5],
  ["N4", 12],
  ["N5", 10],
  ["N6", 3],
  ["N7", 1],
  ["N8", 4],
  ["N9", 2],
] as const);
const factorPool: AssessmentFactor[] = [
  "1B",
  "2B",
  "3A",
  "3B",
  "4A",
  "4B",
  "5A",
  "6A",
  "6B",
  "7A",
  "10A",
  "11A",
  "14A",
  "15A",
  "16A",
  "17A",
  "18B",
  "18C",
  "19C",
  "20",
  "24A",
];
const categories = weighted([
  ["NEG", 50],
  ["EMO", 35],
  ["PHY", 7],
  ["SAB", 4],
  ["MUL", 4],
] as const);
const planClosures = weighted([
  ["RC7", 85],
  ["RC3", 4],
  ["RC4", 4],
  ["RC5", 5],
  ["RC6", 2],
] as const);

type Problem = "no_factors" | "assessment_overdue" | "s47_no_conference" | "weekend_target";
const problems: Problem[] = ["no_factors", "assessment_overdue", "s47_no_conference", "weekend_target"];

interface Year {
  start: IsoDate;
  end: IsoDate;
}

/**
 * Plans one child's episodes in the collection year ending 31 March `censusYear`. Returns whether
 * the child was on a child protection plan in the year.
 */
export function planChildEpisodes(
  random: Random,
  child: { id: string; dateOfBirth: IsoDate },
  censusYear: number,
  ids: EpisodeIds,
  rows: EpisodeRows,
): { onCpPlan: boolean } {
  const { startsOn: start, endsOn: end } = collectionYearEnding(censusYear);
  const year: Year = { start, end };
  const bornBy = addDays(child.dateOfBirth, 1);
  const carried = random.chance(CARRIED_OVER_SHARE) && addDays(start, -330) > bornBy;
  // Open problems are this year's work: an episode carried over has had a year to be put right.
  const problem = !carried && random.chance(OPEN_PROBLEM_SHARE / (1 - CARRIED_OVER_SHARE)) ? random.pick(problems) : null;
  const earliest = carried ? addDays(start, -330) : start > bornBy ? start : bornBy;
  const latest = carried ? addDays(start, -30) : addDays(end, -3);
  if (earliest > latest) return { onCpPlan: false };
  const referralDate = addDays(earliest, random.int(0, daysFrom(earliest, latest)));
  const first = planEpisode(random, referralDate, year, ids, rows, child.id, { carried, problem, previousCpp: 0 });
  let onCpPlan = first.onCpPlan;
  if (first.closedOn && first.closedOn < addDays(end, -60) && random.chance(SECOND_EPISODE_SHARE)) {
    const again = addDays(first.closedOn, random.int(30, daysFrom(first.closedOn, end) - 3));
    const second = planEpisode(random, again, year, ids, rows, child.id, { carried: false, problem: null, previousCpp: first.onCpPlan ? 1 : 0 });
    onCpPlan ||= second.onCpPlan;
  }
  return { onCpPlan };
}

const daysFrom = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function planEpisode(
  random: Random,
  referralDate: IsoDate,
  year: Year,
  ids: EpisodeIds,
  rows: EpisodeRows,
  personId: string,
  options: { carried: boolean; problem: Problem | null; previousCpp: number },
): { closedOn: IsoDate | null; onCpPlan: boolean } {
  const referralId = ids.referral();
  const nfa = !options.carried && !options.problem && random.chance(NFA_SHARE);
  rows.referrals.push({
    id: referralId,
    personId,
    referralDate,
    referralSource: random.weighted(referralSources),
    primaryNeed: nfa ? null : random.weighted(primaryNeeds),
    referralNfa: nfa,
  });
  const close = (closureDate: IsoDate, reasonForClosure: string) => {
    rows.closures.push({ id: ids.closure(), referralId, closureDate, reasonForClosure });
    return closureDate;
  };
  if (nfa) return { closedOn: close(addDays(referralDate, random.int(0, 3)), "RC7"), onCpPlan: false };

  // The assessment starts within days; an overdue one (the problem) started months before year end.
  const overdue = options.problem === "assessment_overdue";
  const assessmentStart = overdue ? addWorkingDays(year.end, -random.int(60, 90)) : nextWorkingDayOnOrAfter(addDays(referralDate, random.int(0, 3)));
  const startDate = assessmentStart < referralDate ? referralDate : assessmentStart;
  if (startDate > year.end) return { closedOn: null, onCpPlan: false };
  const authorised = overdue ? null : addWorkingDays(startDate, random.int(8, 45));
  const authorisationDate = authorised && authorised <= year.end ? authorised : null;
  const factorCount = random.int(1, 3);
  const factors = new Set<string>();
  while (factors.size < factorCount) factors.add(random.pick(factorPool));
  rows.assessments.push({
    id: ids.assessment(),
    referralId,
    startDate,
    authorisationDate,
    factors: authorisationDate && options.problem !== "no_factors" ? [...factors] : [],
  });
  // A carried-over episode must still be open when the year begins: whatever ends, ends in it.
  const notBefore = (date: IsoDate) => (options.carried && date < year.start ? addDays(year.start, random.int(0, 60)) : date);

  let cpEnd: IsoDate | null = null;
  let onCpPlan = false;
  let afterAssessment = authorisationDate;
  const hadEnquiry = !overdue && random.chance(S47_SHARE);
  if (hadEnquiry) {
    const s47Start = nextWorkingDayOnOrAfter(addDays(referralDate, random.int(0, 2)));
    const target = options.problem === "weekend_target" ? nextSaturday(addWorkingDays(s47Start, 15)) : addWorkingDays(s47Start, 15);
    const stalled = options.problem === "s47_no_conference";
    const conference = !stalled && random.chance(ICPC_SHARE_OF_S47) ? addWorkingDays(s47Start, random.int(8, 15)) : null;
    if (s47Start <= year.end) {
      rows.section47s.push({
        id: ids.section47(),
        referralId,
        startDate: s47Start,
        icpcTargetDate: target,
        dateOfInitialCpc: conference && conference <= year.end ? conference : null,
        icpcNotRequired: !conference && !stalled,
      });
      if (stalled) return { closedOn: null, onCpPlan: false };
    }
    if (conference && conference <= year.end) {
      onCpPlan = true;
      const planEnd = notBefore(addDays(conference, random.int(150, 600)));
      const ended = planEnd <= year.end ? planEnd : null;
      const reviewDates: IsoDate[] = [];
      for (let review = addMonths(conference, 3); review < (ended ?? year.end); review = addMonths(review, 6)) {
        reviewDates.push(isWeekend(review) ? nextWorkingDayOnOrAfter(review) : review);
      }
      const initialCategory = random.weighted(categories);
      rows.cpPlans.push({
        id: ids.cpPlan(),
        referralId,
        startDate: conference,
        endDate: ended,
        initialCategory,
        latestCategory: random.chance(0.85) ? initialCategory : random.weighted(categories),
        numberOfPreviousCpp: options.previousCpp + (random.chance(0.2) ? 1 : 0),
        reviewDates: reviewDates.filter((d) => !ended || d < ended),
      });
      if (!ended) return { closedOn: null, onCpPlan };
      cpEnd = ended;
      // Half step down to a CIN plan; the rest close when the plan ends.
      if (!random.chance(0.5)) return { closedOn: close(ended, random.weighted(planClosures)), onCpPlan };
      afterAssessment = ended;
    }
  }
  if (!afterAssessment) return { closedOn: null, onCpPlan };

  if (!cpEnd && !hadEnquiry && random.chance(CLOSED_AFTER_ASSESSMENT / (1 - S47_SHARE))) {
    const closedOn = notBefore(addDays(afterAssessment, random.int(0, 5)));
    if (closedOn > year.end) return { closedOn: null, onCpPlan };
    // Closed "after assessment" (RC8/RC9) only when that assessment is in this year's return.
    const afterThisYearsAssessment = authorisationDate && authorisationDate >= year.start;
    return { closedOn: close(closedOn, !afterThisYearsAssessment ? "RC7" : random.chance(0.7) ? "RC8" : "RC9"), onCpPlan };
  }
  const planStart = addDays(afterAssessment, random.int(1, 10));
  if (planStart > year.end) return { closedOn: null, onCpPlan };
  const planEnd = notBefore(addDays(planStart, random.int(60, 400)));
  const ended = planEnd <= year.end ? planEnd : null;
  rows.cinPlans.push({ id: ids.cinPlan(), referralId, startDate: planStart, endDate: ended });
  if (!ended) return { closedOn: null, onCpPlan };
  return { closedOn: close(ended, random.weighted(planClosures)), onCpPlan };
}

function nextSaturday(date: IsoDate): IsoDate {
  let d = date;
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 6) d = addDays(d, 1);
  return d;
}
