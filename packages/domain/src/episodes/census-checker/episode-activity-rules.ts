import { isWeekend, type IsoDate } from "../../calendar/iso-date";
import type { CensusChild, CensusEpisode } from "../census-child";
import { censusFinding, type CensusFinding } from "./census-rules";
import type { CheckContext } from "./check-context";

type Path = (string | number)[];

/** Every initial conference on an episode, with where it is recorded. */
export function initialConferences(e: CensusEpisode, at: Path): { date: IsoDate; path: Path }[] {
  const found: { date: IsoDate; path: Path }[] = [];
  if (e.dateOfInitialCpc) found.push({ date: e.dateOfInitialCpc, path: [...at, "dateOfInitialCpc"] });
  e.section47s.forEach((s, i) => {
    if (s.dateOfInitialCpc) found.push({ date: s.dateOfInitialCpc, path: [...at, "section47s", i, "dateOfInitialCpc"] });
  });
  return found;
}

export function activityFindings(e: CensusEpisode, at: Path, ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  if (e.referralNfa === true) {
    const hasWork = e.assessments.some((a) => a.startDate || a.authorisationDate) || e.section47s.some((s) => s.startDate) || !!e.dateOfInitialCpc;
    if (hasWork)
      f.push(
        censusFinding("8831", "A referral with no further action cannot have assessments, section 47 enquiries or conferences", [
          ...at,
          "referralNfa",
        ]),
      );
    if (e.cpPlans.length > 0)
      f.push(censusFinding("8832", "A referral with no further action cannot have a child protection plan", [...at, "referralNfa"]));
    if (e.cinPlans.length > 0) f.push(censusFinding("4000", "A referral with no further action cannot have a CIN plan", [...at, "referralNfa"]));
  }
  if (e.dateOfInitialCpc && e.section47s.some((s) => s.dateOfInitialCpc)) {
    f.push(censusFinding("2884", "Record the initial conference on the section 47 enquiry or on the episode, not both", [...at, "dateOfInitialCpc"]));
  }
  if (e.section47s.length > 0 && e.assessments.length === 0) {
    f.push(censusFinding("2991Q", "A section 47 enquiry is recorded but there is no assessment on the episode", [...at, "assessments"]));
  }
  for (const conference of initialConferences(e, at)) {
    if (e.referralDate && conference.date < e.referralDate) {
      f.push(censusFinding("1104", "The initial child protection conference is before the referral date", conference.path));
    }
    if (!ctx.inCensusYear(conference.date))
      f.push(censusFinding("8715", `The initial conference on ${conference.date} is outside the census year`, conference.path));
    if (isWeekend(conference.date)) f.push(censusFinding("8875", `The initial conference date ${conference.date} is a weekend`, conference.path));
  }
  return f;
}

export function crossEpisodeFindings(child: CensusChild, ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  const open = child.episodes.map((e, i) => ({ e, i })).filter(({ e }) => !e.closureDate && e.referralNfa === false);
  if (open.length > 1) {
    for (const { i } of open)
      f.push(censusFinding("8815", "More than one episode is open: close all but the current one", ["episodes", i, "closureDate"]));
  }
  const latestReferral = child.episodes
    .map((e) => e.referralDate)
    .filter((d): d is IsoDate => !!d)
    .sort()
    .at(-1);
  for (const { e, i } of open) {
    if (e.referralDate && latestReferral && e.referralDate !== latestReferral) {
      f.push(censusFinding("8816", "An open episode must be the child’s latest episode", ["episodes", i, "referralDate"]));
    }
  }
  child.episodes.forEach((a, i) => {
    const overlaps = child.episodes.some((b, j) => {
      if (i === j || !a.referralDate || !b.referralDate || a.referralDate < b.referralDate) return false;
      if (a.referralDate === b.referralDate && j > i) return false;
      // An episode may start the day the previous one closed.
      if (b.closureDate) return a.referralDate < b.closureDate;
      return b.referralNfa === false && a.referralDate <= ctx.referenceDate;
    });
    if (overlaps) f.push(censusFinding("8820", "This episode starts before an earlier episode closed", ["episodes", i, "referralDate"]));
  });
  return f;
}
