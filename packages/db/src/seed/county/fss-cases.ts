import { addDays, collectionYearOf, type IsoDate } from "@hearth/domain";
import { emptyEpisodeRows, planChildEpisodes, type EpisodeIds, type EpisodeRows } from "./cin-episodes";
import type { FamilyRow, MemberRow, PersonRow } from "./households";
import { upns } from "./identifiers";
import { syntheticIds, type Random } from "./random";

/**
 * The FSS cases of the county and their children's statutory episodes (issue 12 §3): about 3% of
 * children are children in need in a year (about 4,500 of the full county's 148,000), about one
 * in nine of those on a child protection plan. Families whose key worker is already in FSS come
 * first; the rest are drawn at random. The year is the last complete collection year, so the
 * census a data officer runs on the demo has a whole year in it.
 */
export const CHILDREN_IN_NEED_SHARE = 0.03;

export interface FssCasePlan {
  censusYear: number;
  cases: Record<string, unknown>[];
  caseChildren: Record<string, unknown>[];
  episodes: EpisodeRows;
  childrenInNeed: number;
  onCpPlans: number;
}

export function episodeIds(): EpisodeIds {
  return {
    referral: syntheticIds(13),
    assessment: syntheticIds(14),
    cinPlan: syntheticIds(15),
    section47: syntheticIds(16),
    cpPlan: syntheticIds(17),
    closure: syntheticIds(18),
  };
}

export function planFssCases(
  random: Random,
  params: {
    today: IsoDate;
    families: FamilyRow[];
    members: MemberRow[];
    /** Mutated: a few children in need get the UPN or second disability a real record would have. */
    people: PersonRow[];
    staff: Record<string, unknown>[];
    demoStaff: { id: string; role: string; areaId: string | null }[];
    keyWorkers: Map<string, string>;
  },
): FssCasePlan {
  const censusYear = collectionYearOf(params.today).endYear - 1;
  const ids = episodeIds();
  const caseId = syntheticIds(19);
  const pupilUpn = upns(800_000);
  const plan: FssCasePlan = { censusYear, cases: [], caseChildren: [], episodes: emptyEpisodeRows(), childrenInNeed: 0, onCpPlans: 0 };

  const workers = new Map<string, string[]>();
  const fssWorkerIds = new Set<string>();
  for (const s of [...(params.staff as { id: string; role: string; areaId: string | null }[]), ...params.demoStaff]) {
    if (s.role !== "fss_worker" || !s.areaId) continue;
    fssWorkerIds.add(s.id);
    workers.set(s.areaId, [...(workers.get(s.areaId) ?? []), s.id]);
  }
  const personById = new Map(params.people.map((p) => [p.id, p]));
  const childrenOf = new Map<string, PersonRow[]>();
  for (const m of params.members)
    if (m.role === "child") childrenOf.set(m.familyId, [...(childrenOf.get(m.familyId) ?? []), personById.get(m.personId)!]);

  const totalChildren = [...childrenOf.values()].reduce((n, c) => n + c.length, 0);
  const target = Math.round(totalChildren * CHILDREN_IN_NEED_SHARE);
  const hasFssWorker = (f: FamilyRow) => fssWorkerIds.has(params.keyWorkers.get(f.id) ?? "");
  const withFssWorker = params.families.filter(hasFssWorker);
  const others = params.families.filter((f) => !hasFssWorker(f));
  const yearEnd = `${censusYear}-03-31`;

  for (const family of [...withFssWorker, ...others]) {
    if (plan.childrenInNeed >= target) break;
    if (!hasFssWorker(family) && !random.chance(0.05)) continue;
    const children = (childrenOf.get(family.id) ?? []).filter((c) => c.dateOfBirth < addDays(yearEnd, -60));
    const keyWorker = params.keyWorkers.get(family.id) ?? random.pick(workers.get(family.areaId) ?? []);
    if (children.length === 0 || !keyWorker) continue;
    const id = caseId();
    let openedOn: IsoDate | null = null;
    let anyOnPlan = false;
    for (const child of children) {
      completeCensusDetails(random, child, yearEnd, pupilUpn);
      const before = plan.episodes.referrals.length;
      const { onCpPlan } = planChildEpisodes(random, child, censusYear, ids, plan.episodes);
      const referrals = plan.episodes.referrals.slice(before) as { referralDate: IsoDate }[];
      if (referrals.length === 0) continue;
      plan.childrenInNeed++;
      if (onCpPlan) plan.onCpPlans++;
      anyOnPlan ||= onCpPlan;
      const first = referrals[0]!.referralDate;
      if (!openedOn || first < openedOn) openedOn = first;
      plan.caseChildren.push({ caseId: id, personId: child.id, category: onCpPlan ? "child_protection_plan" : "child_in_need" });
    }
    if (!openedOn) continue;
    plan.cases.push({
      id,
      familyId: family.id,
      areaId: family.areaId,
      keyWorkerId: keyWorker,
      status: "open",
      reason: anyOnPlan ? "Child protection plan: whole-family support" : "Child in need: whole-family support",
      openedOn,
      openedBy: keyWorker,
    });
  }
  return plan;
}

/** A school-age child in need nearly always has a UPN, and a few have more than one disability. */
function completeCensusDetails(random: Random, child: PersonRow, yearEnd: IsoDate, pupilUpn: (entryYear: number) => string) {
  const age = Number(yearEnd.slice(0, 4)) - Number(child.dateOfBirth.slice(0, 4));
  if (age >= 6 && !child.upn && random.chance(0.97)) child.upn = pupilUpn(Number(child.dateOfBirth.slice(0, 4)) + 5);
  if (child.disabilities[0] !== "NONE" && random.chance(0.2)) {
    const second = random.pick(["LD", "COMM", "BEH", "CON", "AUT"] as const);
    if (!child.disabilities.includes(second)) child.disabilities.push(second);
  }
}
