import { categoriesOfAbuse } from "../code-sets";
import type { CensusChild } from "../census-child";
import { censusFinding, type CensusFinding } from "./census-rules";
import type { CheckContext } from "./check-context";
import { initialConferences } from "./episode-activity-rules";

type Path = (string | number)[];
type Period = { startDate?: string | null; endDate?: string | null; path: Path; episode: number };

/** Whether `date` falls in a plan: from its start to before its end, or to the reference date if open. */
function within(date: string, plan: Period, ctx: CheckContext): boolean {
  if (!plan.startDate || date < plan.startDate) return false;
  return plan.endDate ? date < plan.endDate : date <= ctx.referenceDate;
}

/**
 * Plans of one kind overlap when one starts on or after another's start and no later than its
 * end (or the reference date while open), as the DfE's rule text has it.
 */
function overlapping(plans: Period[], ctx: CheckContext): number[] {
  return plans
    .map((a, i) => {
      const clash = plans.some((b, j) => {
        if (i === j || !a.startDate || !b.startDate || a.startDate < b.startDate) return false;
        if (a.startDate === b.startDate && j > i) return false;
        return b.endDate ? a.startDate <= b.endDate : a.startDate <= ctx.referenceDate;
      });
      return clash ? i : -1;
    })
    .filter((i) => i >= 0);
}

function cinPlanFindings(child: CensusChild, plans: Period[], ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  const dod = child.dateOfDeath;
  for (const p of plans) {
    const referral = child.episodes[p.episode]?.referralDate;
    if (!p.startDate || p.startDate > ctx.referenceDate)
      f.push(
        censusFinding("4010", p.startDate ? "The CIN plan starts after the census reference date" : "Enter the CIN plan start date", [
          ...p.path,
          "startDate",
        ]),
      );
    if (p.startDate && referral && p.startDate < referral)
      f.push(censusFinding("4015", "The CIN plan starts before the referral date", [...p.path, "startDate"]));
    if (p.startDate && p.endDate && p.endDate < p.startDate)
      f.push(censusFinding("4011", "The CIN plan ends before it starts", [...p.path, "endDate"]));
    if (p.startDate && p.endDate === p.startDate)
      f.push(censusFinding("4012Q", "The CIN plan starts and ends on the same day", [...p.path, "endDate"]));
    if (p.endDate && !ctx.inCensusYear(p.endDate))
      f.push(censusFinding("4013", `The CIN plan end date ${p.endDate} is outside the census year`, [...p.path, "endDate"]));
    if (dod && p.startDate && p.startDate > dod)
      f.push(censusFinding("4008", "The CIN plan starts after the child’s death", [...p.path, "startDate"]));
    if (dod && p.endDate && p.endDate > dod) f.push(censusFinding("4009Q", "The CIN plan ends after the child’s death", [...p.path, "endDate"]));
  }
  // 4004 is judged within one CIN episode (CINdetails), as the DfE codes it; plans on different
  // episodes are 4014's concern.
  const open = plans.filter((p) => !p.endDate);
  for (const p of open)
    if (open.some((q) => q !== p && q.episode === p.episode))
      f.push(censusFinding("4004", "More than one CIN plan is open on this episode", [...p.path, "endDate"]));
  for (const i of overlapping(plans, ctx)) f.push(censusFinding("4014", "This CIN plan overlaps another CIN plan", [...plans[i]!.path, "startDate"]));
  return f;
}

function cpPlanFindings(child: CensusChild, plans: Period[], ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  const dod = child.dateOfDeath;
  for (const p of plans) {
    const episode = child.episodes[p.episode]!;
    const plan = episode.cpPlans[p.path.at(-1) as number]!;
    if (!p.startDate || p.startDate > ctx.referenceDate)
      f.push(
        censusFinding(
          "8720",
          p.startDate ? "The child protection plan starts after the census reference date" : "Enter the child protection plan start date",
          [...p.path, "startDate"],
        ),
      );
    if (p.startDate && episode.referralDate && p.startDate < episode.referralDate)
      f.push(censusFinding("1105", "The child protection plan starts before the referral date", [...p.path, "startDate"]));
    if (plan.numberOfPreviousCpp === null || plan.numberOfPreviousCpp === undefined)
      f.push(censusFinding("8730", "Enter the number of previous child protection plans", [...p.path, "numberOfPreviousCpp"]));
    if (!plan.initialCategory || !(categoriesOfAbuse as string[]).includes(plan.initialCategory))
      f.push(censusFinding("8905", "Record the initial category of abuse using a census code", [...p.path, "initialCategory"]));
    if (!plan.latestCategory || !(categoriesOfAbuse as string[]).includes(plan.latestCategory))
      f.push(censusFinding("8910", "Record the latest category of abuse using a census code", [...p.path, "latestCategory"]));
    if (p.startDate && p.endDate === p.startDate)
      f.push(censusFinding("8840", "The child protection plan starts and ends on the same day", [...p.path, "endDate"]));
    if (p.startDate && p.endDate && p.endDate < p.startDate)
      f.push(censusFinding("8925", "The child protection plan ends before it starts", [...p.path, "endDate"]));
    if (p.endDate && !ctx.inCensusYear(p.endDate))
      f.push(censusFinding("8930", `The child protection plan end date ${p.endDate} is outside the census year`, [...p.path, "endDate"]));
    if (dod && p.startDate && p.startDate > dod)
      f.push(censusFinding("8915", "The child protection plan starts after the child’s death", [...p.path, "startDate"]));
    if (dod && p.endDate && p.endDate > dod)
      f.push(censusFinding("8920", "The child protection plan ends after the child’s death", [...p.path, "endDate"]));
    plan.reviewDates.forEach((r, k) => {
      if (!r) f.push(censusFinding("8842Q", "A review has no date", [...p.path, "reviewDates", k]));
      else if (p.startDate && r <= p.startDate)
        f.push(censusFinding("8841", "A review is on or before the day the plan started", [...p.path, "reviewDates", k]));
    });
    const conferences = initialConferences(episode, ["episodes", p.episode]).map((c) => c.date);
    if (p.startDate && ctx.inCensusYear(p.startDate) && !conferences.includes(p.startDate)) {
      f.push(
        censusFinding("2885", "The child protection plan should start on the day of an initial conference on this episode", [...p.path, "startDate"]),
      );
    }
  }
  const open = plans.filter((p) => !p.endDate);
  if (open.length > 1) for (const p of open) f.push(censusFinding("8935", "More than one child protection plan is open", [...p.path, "endDate"]));
  for (const i of overlapping(plans, ctx))
    f.push(censusFinding("8940", "This child protection plan overlaps another", [...plans[i]!.path, "startDate"]));
  return f;
}

function planInteractionFindings(child: CensusChild, cin: Period[], cpp: Period[], ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  for (const c of cin) {
    if (c.startDate && cpp.some((p) => within(c.startDate!, p, ctx))) {
      f.push(censusFinding("4016", "The CIN plan starts while a child protection plan is open", [...c.path, "startDate"]));
    }
    if (!c.endDate && cpp.some((p) => p.episode === c.episode && !p.endDate)) {
      f.push(censusFinding("4001", "A CIN plan and a child protection plan are both open on this episode: end one", [...c.path, "endDate"]));
    }
  }
  for (const p of cpp) {
    if (p.startDate && cin.some((c) => within(p.startDate!, c, ctx))) {
      f.push(censusFinding("4017", "The child protection plan starts while a CIN plan is open", [...p.path, "startDate"]));
    }
    const plan = child.episodes[p.episode]!.cpPlans[p.path.at(-1) as number]!;
    plan.reviewDates.forEach((r, k) => {
      if (!r || r === p.endDate) return;
      const during = cin.some((c) => c.episode === p.episode && c.startDate && r >= c.startDate && (!c.endDate || r < c.endDate));
      if (during) f.push(censusFinding("4003", "A child protection review is held while a CIN plan is open", [...p.path, "reviewDates", k]));
    });
  }
  return f;
}

export function planFindings(child: CensusChild, ctx: CheckContext): CensusFinding[] {
  const cin: Period[] = child.episodes.flatMap((e, i) => e.cinPlans.map((p, j) => ({ ...p, episode: i, path: ["episodes", i, "cinPlans", j] })));
  const cpp: Period[] = child.episodes.flatMap((e, i) => e.cpPlans.map((p, j) => ({ ...p, episode: i, path: ["episodes", i, "cpPlans", j] })));
  return [...cinPlanFindings(child, cin, ctx), ...cpPlanFindings(child, cpp, ctx), ...planInteractionFindings(child, cin, cpp, ctx)];
}
