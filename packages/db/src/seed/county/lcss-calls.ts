import { addDays, thresholdOutcomeOfConsultation, type IsoDate } from "@hearth/domain";
import { indicatorsForCall } from "./call-indicators";
import type { FamilyRow, MemberRow } from "./households";
import { syntheticIds, weighted, type Random } from "./random";

/**
 * The advice line's year (issue 11): about 3,000 consultations and 2,200 requests for service a
 * year in a county of 300,000 people, half of the calls from schools, spread over the areas'
 * localities and LCSS workers, each decided and (after a few days at most) fed back to the
 * referrer, so the LCSS home's figures and the FSS intake queue have something to show.
 */
const CONSULTATIONS_PER_PERSON_YEAR = 3_000 / 300_000;
const NAMED_SHARE = 0.8;
// Of named calls, the share escalated, so requests come to about 2,200 of 3,000.
const REQUEST_SHARE_OF_NAMED = 2_200 / 3_000 / NAMED_SHARE;

const otherOutcomes = weighted([
  ["advice_only", 4],
  ["signpost", 3],
  ["start_eha", 3],
] as const);
const requestDecisions = weighted([
  ["accepted", 5],
  ["stepped_down", 3],
  ["no_further_action", 1],
  ["escalated", 1],
] as const);

export interface LcssCallsPlan {
  consultations: Record<string, unknown>[];
  decisions: Record<string, unknown>[];
  decisionChildren: Record<string, unknown>[];
  requests: Record<string, unknown>[];
}

export function planLcssCalls(
  random: Random,
  params: {
    today: IsoDate;
    people: number;
    families: FamilyRow[];
    members: MemberRow[];
    localities: { id: string; areaId: string }[];
    organisations: { id: string; kind: string }[];
    staff: { id: string; role: string; areaId: string | null }[];
  },
): LcssCallsPlan {
  const ids = { consultation: syntheticIds(21), decision: syntheticIds(22), request: syntheticIds(23) };
  const plan: LcssCallsPlan = { consultations: [], decisions: [], decisionChildren: [], requests: [] };
  const childrenOf = new Map<string, string[]>();
  for (const m of params.members) if (m.role === "child") childrenOf.set(m.familyId, [...(childrenOf.get(m.familyId) ?? []), m.personId]);
  const withChildren = params.families.filter((f) => childrenOf.has(f.id));
  const schools = params.organisations.filter((o) => o.kind === "school");
  const others = params.organisations.filter((o) => o.kind !== "school");
  const staffIn = (areaId: string, role: string) => params.staff.filter((s) => s.areaId === areaId && s.role === role).map((s) => s.id);
  if (!withChildren.length || !schools.length || !others.length) return plan;

  const count = Math.round(params.people * CONSULTATIONS_PER_PERSON_YEAR);
  for (let n = 0; n < count; n++) {
    const family = random.pick(withChildren);
    const workers = staffIn(family.areaId, "lcss_worker");
    const seniors = staffIn(family.areaId, "lcss_senior");
    const localities = params.localities.filter((l) => l.areaId === family.areaId);
    if (!workers.length || !seniors.length || !localities.length) continue;
    const worker = random.pick(workers);
    const daysAgo = random.int(0, 364);
    const decidedOn = addDays(params.today, -daysAgo);
    const receivedAt = new Date(`${decidedOn}T${String(random.int(8, 16)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:00Z`);
    const named = random.chance(NAMED_SHARE);
    const escalated = named && random.chance(REQUEST_SHARE_OF_NAMED);
    const outcome = escalated ? "request_for_service" : random.weighted(otherOutcomes);
    const level = escalated
      ? random.pick([3, 3, 4] as const)
      : outcome === "advice_only" || outcome === "signpost"
        ? random.pick([1, 2] as const)
        : 2;
    const children = childrenOf.get(family.id)!;
    // Most referrers are told within a day or two; some late; the last few days' calls mostly not yet.
    const feedbackAfterHours = random.chance(0.85) ? random.int(1, 40) : random.int(50, 150);
    const feedbackAt = new Date(receivedAt.getTime() + feedbackAfterHours * 3_600_000);
    const told = feedbackAt.getTime() < new Date(`${params.today}T00:00:00Z`).getTime();
    const id = ids.consultation();
    plan.consultations.push({
      id,
      areaId: family.areaId,
      localityId: random.pick(localities).id,
      receivedAt,
      takenBy: worker,
      source: "phone",
      immediateRisk: false,
      callerName: "Synthetic caller",
      callerRole: "Designated safeguarding lead",
      organisationId: random.chance(0.5) ? random.pick(schools).id : random.pick(others).id,
      callerEmail: `caller.${n}@county.hearth.test`,
      familyKind: named ? "named" : "no_names",
      familyId: named ? family.id : null,
      consentGivenBy: named ? "Parent" : null,
      childAge: named ? null : random.int(2, 16),
      concern: "Synthetic concern.",
      adviceGiven: "Synthetic advice.",
      outcome,
      status: told ? "closed" : "awaiting_feedback",
      feedbackSentAt: told ? feedbackAt : null,
      feedbackMethod: told ? "email" : null,
    });
    const decisionId = ids.decision();
    plan.decisions.push({
      id: decisionId,
      familyId: named ? family.id : null,
      consultationId: id,
      consent: named ? "named_with_consent" : "no_names",
      indicatorCodes: indicatorsForCall(random, level),
      protectiveFactors: [],
      suggestedLevel: level,
      level,
      outcome: thresholdOutcomeOfConsultation[outcome],
      decidedOn,
      decidedBy: worker,
      seniorConfirmationRequired: false,
    });
    if (named) for (const personId of children) plan.decisionChildren.push({ decisionId, personId });
    if (!escalated) continue;
    // FSS decides within a fortnight; the last fortnight's requests still wait in its queue.
    const decided = daysAgo > 14;
    const status = decided ? random.weighted(requestDecisions) : "received";
    plan.requests.push({
      id: ids.request(),
      areaId: family.areaId,
      familyId: family.id,
      consultationId: id,
      level,
      reasons: "Synthetic reasons.",
      triedSoFar: "Synthetic support so far.",
      consentGivenBy: "Parent",
      consentGivenOn: decidedOn,
      requestedBy: worker,
      requestedAt: new Date(receivedAt.getTime() + 3_600_000),
      status,
      decisionReason: decided ? "Synthetic decision." : null,
      decidedBy: decided ? random.pick(staffIn(family.areaId, "fss_manager").concat(seniors)) : null,
      decidedAt: decided ? new Date(receivedAt.getTime() + random.int(2, 14) * 86_400_000) : null,
    });
  }
  return plan;
}
