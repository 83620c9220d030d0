import { addDays, defaultTafReviewWeeks, nextTafReviewDue, type IsoDate, type TafClosureReason } from "@hearth/domain";
import type { MemberRow, PersonRow } from "./households";
import { syntheticIds, weighted, type Random } from "./random";

/**
 * Teams Around the Family (issue 11 §4) started from the county's finished Early Help Assessments:
 * about seven in ten completed or signed-off assessments lead to a team. Each team has the family,
 * the lead professional and one or two partner agencies; meetings held at each six-weekly review
 * with minutes; actions against the assessment's desired outcomes; and, while open, one review
 * still to hold (a quarter of them overdue, for My work and the LCSS home) and one meeting booked
 * at a centre or school of the area, never the family's home. Teams over four months old are
 * closed half the time, with a reason and a summary.
 */
export interface TafPlan {
  teams: Record<string, unknown>[];
  members: Record<string, unknown>[];
  meetings: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  reviews: Record<string, unknown>[];
  /** assessmentId → its desired outcomes, set on `early_help_assessments.desired_outcomes`. */
  outcomes: Map<string, string[]>;
}

export const TAF_SHARE = 0.7;
const OVERDUE_SHARE = 0.25;

const desiredOutcomes = [
  "The children go to school every day and on time",
  "Mornings and bedtimes follow a calm routine",
  "The family's home is warm, safe and in good repair",
  "The family has enough money for food and bills each month",
  "Parent feels less isolated and knows where to get support",
  "Child's behaviour at home and school improves",
  "Child's speech and language are on track for their age",
  "Parent manages their own mental health with support",
] as const;
const agencies = weighted([
  [["School", "Designated safeguarding lead"], 5],
  [["Health visiting", "Health visitor"], 3],
  [["School nursing", "School nurse"], 2],
  [["Housing", "Housing officer"], 2],
  [["Child and Adolescent Mental Health Services", "Practitioner"], 1],
  [["Citizens Advice", "Money adviser"], 1],
] as const);
const actionTexts = [
  "Meet with the family to agree a plan",
  "Refer to the parenting course at the centre",
  "Arrange a home visit to review progress",
  "Share attendance figures with the team each fortnight",
  "Help the family apply for the benefits they are due",
  "Book a check and report back to the team",
] as const;
const meetingSummaries = [
  "Plan reviewed with the family. Attendance is improving; actions carried forward with new dates.",
  "Good progress on routines. School reports a calmer start to the day. Two actions completed.",
  "Money worries discussed; referral made to the money adviser. Next steps agreed by all.",
  "Family shared what is working. Health visitor to follow up the development check.",
  "Slow progress this period. Team agreed to meet sooner and the lead will visit weekly.",
] as const;
const closures = weighted<[TafClosureReason, string]>([
  [["outcomes_met", "The family's outcomes were met and they are managing well without the team."], 6],
  [["stepped_down_to_universal", "Stepped down to school and health, who will keep an eye on the family."], 3],
  [["stepped_up_to_fss", "Concerns grew; stepped up to the Family Support Service after a threshold decision."], 1],
  [["consent_withdrawn", "The parent withdrew consent for the team to continue."], 1],
]);
const schools = [
  "Orchard Primary School",
  "St Mary's Church of England Primary School",
  "Meadowbrook Community Primary School",
  "Riverside Academy",
] as const;
const meetingTimes = ["09:30", "10:00", "13:30", "15:45"] as const;

export function planTafs(
  random: Random,
  params: {
    today: IsoDate;
    assessments: readonly Record<string, unknown>[];
    families: readonly { id: string; name: string; areaId: string }[];
    members: readonly MemberRow[];
    people: readonly PersonRow[];
    staff: readonly { id: string; displayName?: string | null; email?: string | null }[];
    centres: readonly { name: string; areaId: string | null }[];
  },
): TafPlan {
  const { today } = params;
  const ids = { team: syntheticIds(26), member: syntheticIds(27), meeting: syntheticIds(28), action: syntheticIds(29), review: syntheticIds(30) };
  const plan: TafPlan = { teams: [], members: [], meetings: [], actions: [], reviews: [], outcomes: new Map() };
  const familyOf = new Map(params.families.map((f) => [f.id, f]));
  const personOf = new Map(params.people.map((p) => [p.id, p]));
  const staffOf = new Map(params.staff.map((s) => [s.id, s]));
  const membersOf = new Map<string, MemberRow[]>();
  for (const m of params.members) membersOf.set(m.familyId, [...(membersOf.get(m.familyId) ?? []), m]);

  for (const a of params.assessments) {
    if (a.status === "draft") continue;
    const outcomes = [...desiredOutcomes].sort(() => random.next() - 0.5).slice(0, random.int(2, 3));
    plan.outcomes.set(a.id as string, outcomes);
    const completedOn = a.completedOn as IsoDate;
    const startedOn = addDays(completedOn, random.int(3, 21));
    if (!random.chance(TAF_SHARE) || startedOn >= today) continue;
    const family = familyOf.get(a.familyId as string)!;
    const lead = a.leadProfessionalStaffId as string;
    const leadName = staffOf.get(lead)?.displayName ?? "Key worker";
    const ageDays = daysBetween(startedOn, today);
    const closed = ageDays > 120 && random.chance(0.5);
    const closedOn = closed ? addDays(startedOn, random.int(90, Math.min(ageDays - 1, 300))) : null;
    const end = closedOn ?? today;
    const teamId = ids.team();
    const [closureReason, closureSummary] = closed ? random.weighted(closures) : [null, null];
    plan.teams.push({
      id: teamId,
      assessmentId: a.id,
      familyId: family.id,
      status: closed ? "closed" : "open",
      startedOn,
      leadStaffId: lead,
      closedOn,
      closureReason,
      closureSummary,
      closedBy: closed ? lead : null,
      createdBy: lead,
      createdAt: new Date(`${startedOn}T12:00:00Z`),
      updatedAt: new Date(`${end}T12:00:00Z`),
    });

    // The family, the lead professional and one or two partner agencies.
    const names: { name: string; agency: string | null }[] = [];
    const addMember = (row: Record<string, unknown>) => {
      plan.members.push({ id: ids.member(), tafId: teamId, addedBy: lead, addedAt: new Date(`${startedOn}T12:00:00Z`), ...row });
      names.push({ name: row.name as string, agency: (row.agency as string | null) ?? null });
    };
    for (const m of membersOf.get(family.id) ?? []) {
      if (m.role === "child") continue;
      const p = personOf.get(m.personId)!;
      addMember({
        kind: "family",
        personId: p.id,
        name: `${p.firstName} ${p.lastName}`,
        agency: null,
        role: m.role === "parent_carer" ? "Parent" : "Grandparent",
        contact: null,
      });
    }
    const leadContact = staffOf.get(lead)?.email ?? null;
    addMember({
      kind: "lead_professional",
      personId: null,
      name: leadName,
      agency: "Locality and Community Support Service",
      role: "Lead professional",
      contact: leadContact,
    });
    const picked = new Set<string>();
    for (let n = random.int(1, 2); n > 0; n--) {
      const [agency, role] = random.weighted(agencies);
      if (picked.has(agency)) continue;
      picked.add(agency);
      addMember({
        kind: "agency",
        personId: null,
        name: `${role} (${agency})`,
        agency,
        role,
        contact: `01632 960${String(random.int(0, 999)).padStart(3, "0")}`,
      });
    }
    const professionals = names.filter((m) => m.agency);
    const familyNames = names.filter((m) => !m.agency).map((m) => m.name);

    const venues = [...params.centres.filter((c) => c.areaId === family.areaId).map((c) => c.name), random.pick(schools)];
    const meeting = (on: IsoDate, held: boolean) => {
      const attendees = [...familyNames, ...professionals.map((p) => p.name)];
      const apologies = held && attendees.length > 2 && random.chance(0.3) ? attendees.splice(random.int(1, attendees.length - 1), 1) : [];
      plan.meetings.push({
        id: ids.meeting(),
        tafId: teamId,
        scheduledOn: on,
        startsAt: random.pick(meetingTimes),
        venue: random.pick(venues),
        heldOn: held ? on : null,
        attendees: held ? attendees : [],
        apologies,
        summary: held ? random.pick(meetingSummaries) : null,
        recordedBy: lead,
        recordedAt: new Date(`${held ? on : addDays(today, -random.int(1, 14))}T17:00:00Z`),
      });
    };

    // Reviews every six weeks from the start, with a meeting at each one held.
    meeting(startedOn, true);
    const dues: IsoDate[] = [];
    for (let due = nextTafReviewDue(startedOn, defaultTafReviewWeeks); due <= end; due = nextTafReviewDue(due)) dues.push(due);
    const overdue = !closed && dues.length > 0 && random.chance(OVERDUE_SHARE);
    const held = overdue ? dues.slice(0, -1) : dues;
    for (const due of held) {
      const on = addDays(due, -random.int(0, 5));
      plan.reviews.push({ id: ids.review(), tafId: teamId, dueOn: due, heldOn: on, summary: "Reviewed the plan with the team.", recordedBy: lead });
      meeting(on, true);
    }
    if (!closed) {
      const pending = overdue ? dues.at(-1)! : nextTafReviewDue(held.at(-1) ?? startedOn);
      plan.reviews.push({ id: ids.review(), tafId: teamId, dueOn: pending, heldOn: null, summary: null, recordedBy: null });
      meeting(pending > today ? pending : addDays(today, random.int(3, 21)), false);
    }

    // Actions against the desired outcomes, owned by the team's professionals or the family.
    for (let n = random.int(2, 4); n > 0; n--) {
      const owner = random.chance(0.8) || familyNames.length === 0 ? random.pick(professionals) : { name: random.pick(familyNames), agency: null };
      const dueOn = addDays(startedOn, random.int(14, 120));
      plan.actions.push({
        id: ids.action(),
        tafId: teamId,
        action: random.pick(actionTexts),
        owner: owner.name,
        agency: owner.agency,
        dueOn,
        outcome: random.pick(outcomes),
        status: closed || (dueOn < today && random.chance(0.7)) ? "done" : "open",
      });
    }
  }
  return plan;
}

const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
