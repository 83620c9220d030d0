import {
  addDays,
  programmeRunSessions,
  scoreSdq,
  scoreWemwbs,
  sessionsNeededToComplete,
  weekdays,
  weeklyScheduleSchema,
  type IsoDate,
  familyStarPlus,
  type OutcomeMeasureKind,
} from "@hearth/domain";
import type { FamilyRow, MemberRow, PersonRow } from "./households";
import { syntheticIds, type Random } from "./random";

/**
 * A year of group programme runs (issue 13): four runs in the past year at each centre and one planned, of programmes
 * from the catalogue, each taking 8–12 families whose child is within the programme's ages at the
 * start. Past sessions have registers (most families come most weeks, some drift away); finished
 * runs mark completion by the programme's rule; each family has its measures before, and after
 * when they completed, moving on average the way published evaluations report (a few points).
 * Referrals are self-referrals at the run's centre, recorded by centre staff.
 */
export interface ProgrammeRunPlan {
  runs: Record<string, unknown>[];
  referrals: Record<string, unknown>[];
  enrolments: Record<string, unknown>[];
  attendance: Record<string, unknown>[];
  measurements: Record<string, unknown>[];
}

interface CatalogueProgramme {
  id: string;
  name: string;
  childAgeFrom: number;
  childAgeTo: number;
  numberOfSessions: number;
  completionShare: number;
  outcomeMeasures: string[];
}

/** Four runs over the past year at each centre, the last still running, and one planned to start soon. */
const RUNS_PER_CENTRE = 5;

function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [y, m, d] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [oy, om, od] = on.split("-").map(Number) as [number, number, number];
  return oy - y - (om < m || (om === m && od < d) ? 1 : 0);
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function planProgrammeRuns(
  random: Random,
  params: {
    today: IsoDate;
    programmes: CatalogueProgramme[];
    centres: { id: string; areaId: string }[];
    families: FamilyRow[];
    members: MemberRow[];
    people: PersonRow[];
    staff: { id: string; role: string; areaId: string | null; displayName?: string }[];
  },
): ProgrammeRunPlan {
  const plan: ProgrammeRunPlan = { runs: [], referrals: [], enrolments: [], attendance: [], measurements: [] };
  const ids = { run: syntheticIds(90), referral: syntheticIds(91), enrolment: syntheticIds(92), measurement: syntheticIds(93) };
  const person = new Map(params.people.map((p) => [p.id, p]));
  const membersOf = new Map<string, MemberRow[]>();
  for (const m of params.members) membersOf.set(m.familyId, [...(membersOf.get(m.familyId) ?? []), m]);
  const familiesIn = new Map<string, FamilyRow[]>();
  for (const f of params.families) familiesIn.set(f.areaId, [...(familiesIn.get(f.areaId) ?? []), f]);
  const usable = params.programmes.filter((p) => p.numberOfSessions <= 16);
  if (!usable.length) return plan;
  const taken = new Set<string>();

  for (const centre of params.centres) {
    const facilitators = params.staff.filter((s) => s.areaId === centre.areaId && (s.role === "fss_worker" || s.role === "centre_staff"));
    for (let n = 0; n < RUNS_PER_CENTRE; n++) {
      const programme = random.pick(usable);
      const startsOn = n < 4 ? addDays(params.today, -364 + n * 110 + random.int(0, 30)) : addDays(params.today, random.int(7, 28));
      const [startTime, endTime] = random.pick([
        ["09:30", "11:30"],
        ["10:00", "12:00"],
        ["13:00", "15:00"],
      ] as const);
      const schedule = weeklyScheduleSchema.parse({ weekday: random.pick(weekdays.slice(0, 5)), startTime, endTime, startsOn });
      const sessionDates = programmeRunSessions({ schedule }, programme).map((s) => s.date);
      const last = sessionDates.at(-1)!;
      const status = last < params.today ? "finished" : sessionDates[0]! <= params.today ? "running" : "planned";
      const lead = facilitators.length ? random.pick(facilitators) : null;
      const runId = ids.run();
      const capacity = random.int(8, 12);
      plan.runs.push({
        id: runId,
        programmeId: programme.id,
        centreId: centre.id,
        venueName: null,
        venuePostcode: null,
        startsOn: sessionDates[0],
        schedule,
        facilitators: [lead?.displayName ?? "Centre facilitator", ...(random.chance(0.4) ? ["Health visitor (Oxford Health)"] : [])],
        facilitatorStaffIds: lead ? [lead.id] : [],
        areaId: centre.areaId,
        sessionDates,
        capacity,
        status,
      });

      const eligible = (familiesIn.get(centre.areaId) ?? []).flatMap((family) => {
        if (taken.has(family.id)) return [];
        const members = membersOf.get(family.id) ?? [];
        const child = members.find((m) => {
          const p = person.get(m.personId);
          if (m.role !== "child" || !p) return false;
          const age = ageOn(p.dateOfBirth, sessionDates[0]!);
          return age >= programme.childAgeFrom && age <= programme.childAgeTo;
        });
        const carer = members.find((m) => m.role === "parent_carer");
        return child && carer ? [{ family, childId: child.personId, carerId: carer.personId }] : [];
      });
      const enrolled = Math.min(eligible.length, capacity - random.int(0, 2));
      const waiting = status === "finished" ? 0 : Math.min(eligible.length - enrolled, random.int(0, 3));
      for (const [i, place] of eligible.slice(0, enrolled + waiting).entries()) {
        taken.add(place.family.id);
        const carer = person.get(place.carerId)!;
        const referredOn = addDays(sessionDates[0]!, -random.int(7, 35));
        const referralId = ids.referral();
        const onRun = i < enrolled;
        plan.referrals.push({
          id: referralId,
          runId,
          familyId: place.family.id,
          personId: place.childId,
          source: "self",
          sourceId: centre.id,
          consentGiven: true,
          consentGivenBy: `${carer.firstName} ${carer.lastName}`,
          consentRecordedOn: referredOn,
          carerName: `${carer.firstName} ${carer.lastName}`,
          mobile: `07700 900${String(random.int(0, 999)).padStart(3, "0")}`,
          preferredChannel: "sms",
          status: onRun ? "enrolled" : "waiting",
          referredAt: new Date(`${referredOn}T10:00:00Z`),
          offeredAt: onRun ? new Date(`${addDays(referredOn, 2)}T10:00:00Z`) : null,
          answeredAt: onRun ? new Date(`${addDays(referredOn, 3)}T10:00:00Z`) : null,
        });
        if (!onRun) continue;
        const enrolmentId = ids.enrolment();
        // Each family's own habit: most come nearly every week, a few drift away.
        const attends = random.chance(0.2) ? 0.45 : 0.88;
        let attended = 0;
        for (const date of sessionDates.filter((d) => d <= params.today)) {
          const mark = random.chance(attends) ? "attended" : random.chance(0.5) ? "apologies" : "absent";
          if (mark === "attended") attended++;
          plan.attendance.push({ enrolmentId, sessionDate: date, status: mark });
        }
        const completed = status === "finished" && attended >= sessionsNeededToComplete(programme);
        plan.enrolments.push({
          id: enrolmentId,
          runId,
          familyId: place.family.id,
          personId: place.childId,
          enrolledAt: new Date(`${addDays(referredOn, 3)}T10:00:00Z`),
          referralId,
          status: completed ? "completed" : "enrolled",
        });
        if (sessionDates[0]! > params.today) continue;
        for (const measure of programme.outcomeMeasures as OutcomeMeasureKind[]) {
          const who = measure === "sdq" ? place.childId : place.carerId;
          const before = measured(random, measure, 0);
          plan.measurements.push({ id: ids.measurement(), personId: who, enrolmentId, point: "before", takenOn: sessionDates[0], ...before });
          if (completed)
            plan.measurements.push({
              id: ids.measurement(),
              personId: who,
              enrolmentId,
              point: "after",
              takenOn: last,
              ...measured(random, measure, 1),
            });
        }
      }
    }
  }
  return plan;
}

/**
 * One measure's answers and score: `better` 0 at the start, 1 at the end, where answers lean a
 * little towards fewer difficulties (SDQ) or more wellbeing and progress (WEMWBS, the Star).
 */
function measured(random: Random, measure: OutcomeMeasureKind, better: number) {
  if (measure === "sdq") {
    const answers = Array.from({ length: 25 }, () => clamp(random.int(0, 2) - (random.chance(0.25 * better) ? 1 : 0), 0, 2));
    return { measure, informant: "parent", itemScores: answers, total: scoreSdq({ answers, informant: "parent" }).totalDifficulties, star: null };
  }
  if (measure === "wemwbs") {
    const answers = Array.from({ length: 14 }, () => clamp(random.int(2, 4) + (random.chance(0.3 * better) ? 1 : 0), 1, 5));
    return { measure, informant: null, itemScores: answers, total: scoreWemwbs(answers), star: null };
  }
  const scores = Object.fromEntries(familyStarPlus.areas.map((area) => [area, clamp(random.int(3, 6) + better * random.int(0, 2), 1, 10)]));
  return { measure, informant: null, itemScores: scores, total: Object.values(scores).reduce((a, b) => a + b, 0), star: familyStarPlus.name };
}
