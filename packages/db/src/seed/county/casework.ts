import { addDays, earlyHelpAssessmentDueDate, type IsoDate } from "@hearth/domain";
import type { AreaCode } from "../reference-data";
import type { FamilyRow, MemberRow } from "./households";
import { nameLists } from "./names";
import { syntheticIds, weighted, type Random } from "./random";

/**
 * The county's casework: the LCSS and FSS staff of each area, the families they work with (about
 * one in twenty, as early help reaches in a county this size), and what the family record shows of
 * that work: key workers, threshold decisions, Early Help Assessments (drafts are "my work"), alerts
 * and manual chronology entries. One family in forty of those has a long history (about 300
 * entries), the record the casework benchmark opens.
 */
export interface CaseworkPlan {
  staff: Record<string, unknown>[];
  /** familyId → the key worker's staff id, set on `families.key_worker_id`. */
  keyWorkers: Map<string, string>;
  chronology: Record<string, unknown>[];
  alerts: Record<string, unknown>[];
  decisions: Record<string, unknown>[];
  decisionChildren: Record<string, unknown>[];
  assessments: Record<string, unknown>[];
  assessmentChildren: Record<string, unknown>[];
  /** Families with a long chronology, for the benchmark and for demos. */
  longHistories: number;
}

export const CASEWORK_SHARE = 0.05;
export const LONG_HISTORY_EVERY = 40;
/** Staff of each area the county adds: LCSS workers and seniors, FSS workers and managers. */
const teamPerArea = { lcss_worker: 12, lcss_senior: 3, fss_worker: 10, fss_manager: 3 } as const;
export const SYNTHETIC_STAFF_DOMAIN = "county.hearth.test";

const entryKinds = weighted([
  ["contact", 35],
  ["home_visit", 25],
  ["meeting", 15],
  ["note", 17],
  ["concern", 8],
] as const);
const summaries: Record<string, string[]> = {
  contact: [
    "Phone call with parent about school attendance",
    "Text reminder sent for Thursday's visit",
    "Call from school: attendance has improved this term",
    "Parent rang to rearrange the visit",
    "Health visitor called to share the latest check",
  ],
  home_visit: [
    "Home visit: talked through morning routines",
    "Home visit: children seen, home warm and tidy",
    "Home visit: worked on the family plan together",
    "Home visit with the health visitor",
    "Home visit: no answer, card left",
  ],
  meeting: [
    "Team Around the Family meeting held",
    "Review of the family plan with school and health",
    "Meeting with the school's family support worker",
    "Plan review: two actions completed",
  ],
  concern: [
    "School raised a concern about lateness",
    "Neighbour's report passed on by the police",
    "Child arrived at nursery without a coat in the rain",
    "Parent said money is very tight this month",
  ],
  note: [
    "Referred to the food bank",
    "Parenting course place offered",
    "Case discussed in supervision",
    "Housing officer contacted about repairs",
    "Letter sent confirming the plan",
  ],
};
const alertTexts = weighted([
  [["risk_to_staff", "Do not visit alone: a dog on the premises and a history of aggression"], 3],
  [["interpreter", "Interpreter needed: Polish"], 2],
  [["interpreter", "Interpreter needed: Urdu"], 2],
  [["interpreter", "Interpreter needed: Arabic"], 1],
  [["do_not_share_address", "Do not share this address: the family has moved to get away from a risk"], 2],
  [["other", "Parent is deaf: book a BSL interpreter and text, do not phone"], 1],
] as const);

type Team = Record<keyof typeof teamPerArea, string[]>;

export function planCasework(
  random: Random,
  params: {
    today: IsoDate;
    families: FamilyRow[];
    members: MemberRow[];
    areaIds: Record<AreaCode, string>;
    passwordHash: string;
    demoStaff: { id: string; role: string; areaId: string | null }[];
  },
): CaseworkPlan {
  const { today } = params;
  const ids = { staff: syntheticIds(8), entry: syntheticIds(9), alert: syntheticIds(10), decision: syntheticIds(11), assessment: syntheticIds(12) };
  const plan: CaseworkPlan = {
    staff: [],
    keyWorkers: new Map(),
    chronology: [],
    alerts: [],
    decisions: [],
    decisionChildren: [],
    assessments: [],
    assessmentChildren: [],
    longHistories: 0,
  };

  const teams = new Map<string, Team>();
  for (const [area, areaId] of Object.entries(params.areaIds)) {
    const team: Team = { lcss_worker: [], lcss_senior: [], fss_worker: [], fss_manager: [] };
    for (const [role, count] of Object.entries(teamPerArea) as [keyof Team, number][])
      for (let n = 1; n <= count; n++) {
        const id = ids.staff();
        const women = random.chance(0.75);
        const first = random.pick(women ? nameLists.women.british : nameLists.men.british);
        const last = random.pick(nameLists.surnames.british);
        plan.staff.push({
          id,
          email: `${role.replace("_", "-")}.${area}.${String(n).padStart(2, "0")}@${SYNTHETIC_STAFF_DOMAIN}`,
          displayName: `${first} ${last}`,
          role,
          areaId,
          passwordHash: params.passwordHash,
        });
        team[role].push(id);
      }
    // The demo accounts of the area carry caseloads too, so a newcomer signing in sees their work.
    for (const demo of params.demoStaff) if (demo.areaId === areaId && demo.role in team) team[demo.role as keyof Team].push(demo.id);
    teams.set(areaId, team);
  }

  const membersOf = new Map<string, MemberRow[]>();
  for (const m of params.members) membersOf.set(m.familyId, [...(membersOf.get(m.familyId) ?? []), m]);

  let casework = 0;
  for (const family of params.families) {
    const team = teams.get(family.areaId)!;
    const members = membersOf.get(family.id) ?? [];
    const children = members.filter((m) => m.role === "child").map((m) => m.personId);
    const parent = members.find((m) => m.role === "parent_carer")?.personId ?? null;
    if (random.chance(0.003)) addAlert(random, plan, ids.alert, family.id, team.lcss_worker, today);
    if (children.length === 0 || !random.chance(CASEWORK_SHARE)) continue;
    casework++;

    const fss = random.chance(0.35);
    const keyWorker = random.pick(fss ? team.fss_worker : team.lcss_worker);
    const senior = random.pick(fss ? team.fss_manager : team.lcss_senior);
    plan.keyWorkers.set(family.id, keyWorker);
    const opened = addDays(today, -random.int(20, 900));
    const level = fss ? 3 : random.chance(0.5) ? 3 : 2;

    const decisionId = ids.decision();
    plan.decisions.push({
      id: decisionId,
      familyId: family.id,
      consent: "named_with_consent",
      indicatorCodes: [],
      protectiveFactors: [],
      suggestedLevel: level,
      level,
      outcome: fss ? "fss_targeted_support" : "eha_taf",
      decidedOn: opened,
      decidedBy: senior,
      seniorConfirmationRequired: false,
    });
    for (const child of children) plan.decisionChildren.push({ decisionId, personId: child });

    if (!fss) {
      const assessmentId = ids.assessment();
      const startedOn = addDays(opened, random.int(1, 10));
      const dueOn = earlyHelpAssessmentDueDate(startedOn);
      // Recent ones are still being written (some overdue); older ones are done.
      const status = dueOn >= addDays(today, -20) && random.chance(0.8) ? "draft" : random.chance(0.6) ? "signed_off" : "completed";
      plan.assessments.push({
        id: assessmentId,
        familyId: family.id,
        status,
        startedOn,
        dueOn,
        leadProfessional: { name: "Key worker", agency: "Locality and Community Support Service", staffId: keyWorker },
        leadProfessionalStaffId: keyWorker,
        consentGivenByPersonId: parent,
        consentGivenOn: parent ? startedOn : null,
        completedOn: status === "draft" ? null : dueOn < today ? dueOn : today,
        signedOffOn: status === "signed_off" ? (dueOn < today ? dueOn : today) : null,
        signedOffBy: status === "signed_off" ? senior : null,
        createdBy: keyWorker,
      });
      for (const child of children) plan.assessmentChildren.push({ assessmentId, personId: child });
    }

    if (random.chance(0.15)) addAlert(random, plan, ids.alert, family.id, [keyWorker], today);

    const long = casework % LONG_HISTORY_EVERY === 0;
    if (long) plan.longHistories++;
    const entries = long ? random.int(290, 310) : random.int(3, 40);
    const days = Math.max(1, daysBetween(opened, today));
    for (let i = 0; i < entries; i++) {
      const kind = random.weighted(entryKinds);
      const occurredOn = addDays(opened, random.int(0, days));
      plan.chronology.push({
        id: ids.entry(),
        familyId: family.id,
        personId: random.chance(0.6) ? random.pick(children) : null,
        occurredOn,
        kind,
        summary: random.pick(summaries[kind]!),
        significant: kind === "concern" ? random.chance(0.5) : random.chance(0.04),
        recordedBy: random.chance(0.85) ? keyWorker : senior,
        recordedAt: new Date(`${occurredOn}T17:00:00Z`),
      });
    }
  }
  return plan;
}

function addAlert(random: Random, plan: CaseworkPlan, id: () => string, familyId: string, addedBy: string[], today: IsoDate) {
  const [kind, text] = random.weighted(alertTexts);
  const added = addDays(today, -random.int(10, 400));
  const ended = random.chance(0.2);
  const by = addedBy.length ? random.pick(addedBy) : null;
  plan.alerts.push({
    id: id(),
    familyId,
    kind,
    text,
    addedBy: by,
    reviewBy: addDays(today, random.int(-10, 180)),
    endedAt: ended ? new Date(`${addDays(added, random.int(5, 9))}T12:00:00Z`) : null,
    endedBy: ended ? by : null,
    endReason: ended ? "No longer needed: the family has moved on" : null,
    createdAt: new Date(`${added}T12:00:00Z`),
    updatedAt: new Date(`${added}T12:00:00Z`),
  });
}

const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
