import { addDays } from "../../calendar/iso-date";
import { primaryNeeds, reasonsForClosure, referralSources } from "../code-sets";
import type { CensusChild, CensusEpisode } from "../census-child";
import { censusFinding, type CensusFinding } from "./census-rules";
import type { CheckContext } from "./check-context";
import { activityFindings, crossEpisodeFindings } from "./episode-activity-rules";

type Path = (string | number)[];

/**
 * The DfE codes 8866 for referrals on or after 1 April 2013 only: an older referral still open
 * may carry no source, or one from before today's code set.
 */
const referralSourceRequiredFrom = "2013-04-01";

function referralFindings(child: CensusChild, e: CensusEpisode, at: Path, ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  const referral = e.referralDate;
  if (!referral || referral > ctx.referenceDate) {
    f.push(
      censusFinding("8600", referral ? `The referral date ${referral} is after the census reference date` : "Enter the referral date", [
        ...at,
        "referralDate",
      ]),
    );
  }
  if (referral && referral >= referralSourceRequiredFrom && (!e.referralSource || !(referralSources as string[]).includes(e.referralSource))) {
    f.push(censusFinding("8866", "Record where the referral came from using a census code", [...at, "referralSource"]));
  }
  if (e.referralNfa === false && !e.primaryNeed) {
    f.push(censusFinding("8610", "Record the primary need: the referral led to further action", [...at, "primaryNeed"]));
  }
  if (e.primaryNeed && !(primaryNeeds as string[]).includes(e.primaryNeed)) {
    f.push(censusFinding("8650", `${e.primaryNeed} is not a census primary need code`, [...at, "primaryNeed"]));
  }
  if (e.referralNfa === null || e.referralNfa === undefined) {
    f.push(censusFinding("8568", "Say whether the referral led to no further action", [...at, "referralNfa"]));
  }
  if (e.referralNfa === true && referral && referral < ctx.workingDaysBefore(ctx.collectionStart, 1)) {
    f.push(
      censusFinding("8569Q", "A referral from before the census year cannot be a referral with no further action in this census", [
        ...at,
        "referralNfa",
      ]),
    );
  }
  if (referral && child.dateOfDeath && referral > child.dateOfDeath) {
    f.push(censusFinding("8555Q", "The referral is dated after the child’s death", [...at, "referralDate"]));
  }
  const birth = child.dateOfBirth ?? child.expectedDateOfBirth;
  if (referral && birth && referral < addDays(birth, -280)) {
    f.push(censusFinding("8606", "The referral is more than 40 weeks before the child’s (expected) birth", [...at, "referralDate"]));
  }
  return f;
}

function closureFindings(child: CensusChild, e: CensusEpisode, at: Path, ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  const { closureDate: closed, reasonForClosure: reason } = e;
  if (reason && !(reasonsForClosure as string[]).includes(reason)) {
    f.push(censusFinding("8640", `${reason} is not a census reason for closure`, [...at, "reasonForClosure"]));
  }
  if (closed && !reason) f.push(censusFinding("8805", "The case has a closure date but no reason for closure", [...at, "reasonForClosure"]));
  if (reason && !closed) f.push(censusFinding("8810", "The case has a reason for closure but no closure date", [...at, "closureDate"]));
  if (reason === "RC2" && !child.dateOfDeath) {
    f.push(censusFinding("8585Q", "The case closed because the child died, but no date of death is recorded", ["dateOfDeath"]));
  }
  if ((reason === "RC8" || reason === "RC9") && e.assessments.length === 0) {
    f.push(censusFinding("8825Q", "The case closed after assessment, but no assessment is recorded", [...at, "reasonForClosure"]));
  }
  if ((reason === "RC8" || reason === "RC9") && (e.section47s.length > 0 || e.cpPlans.length > 0 || e.cinPlans.length > 0 || e.dateOfInitialCpc)) {
    f.push(
      censusFinding("2990", "A case closed after assessment cannot have plans, section 47 enquiries or conferences", [...at, "reasonForClosure"]),
    );
  }
  if (!closed) return f;
  if (!ctx.inCensusYear(closed)) f.push(censusFinding("8620", `The closure date ${closed} is outside the census year`, [...at, "closureDate"]));
  if (e.referralDate && closed < e.referralDate) f.push(censusFinding("8630", "The case closes before the referral date", [...at, "closureDate"]));
  const activity = [
    ...e.assessments.flatMap((a) => [a.startDate, a.authorisationDate]),
    ...e.section47s.flatMap((s) => [s.startDate, s.dateOfInitialCpc]),
    e.dateOfInitialCpc,
    ...e.cpPlans.map((p) => p.endDate),
    ...e.cinPlans.flatMap((p) => [p.startDate, p.endDate]),
  ];
  if (activity.some((d) => d && d > closed)) f.push(censusFinding("8565", "Work is recorded after the case was closed", [...at, "closureDate"]));
  if (e.assessments.some((a) => !a.authorisationDate)) {
    f.push(censusFinding("8867", "The case is closed but an assessment is not completed", [...at, "closureDate"]));
  }
  if (e.section47s.some((s) => !s.dateOfInitialCpc && s.icpcNotRequired !== true)) {
    f.push(
      censusFinding("8868", "The case is closed but a section 47 enquiry has no conference date and is not marked ‘conference not required’", [
        ...at,
        "closureDate",
      ]),
    );
  }
  const [only] = e.assessments;
  if (
    e.assessments.length === 1 &&
    only?.authorisationDate &&
    only.factors.length === 1 &&
    only.factors[0] === "21" &&
    reason &&
    reason !== "RC8" &&
    reason !== "RC9"
  ) {
    f.push(
      censusFinding("8873Q", "The only assessment found no factors, so the reason for closure is usually RC8 or RC9", [...at, "reasonForClosure"]),
    );
  }
  return f;
}

export function episodeLevelFindings(child: CensusChild, ctx: CheckContext): CensusFinding[] {
  const f = child.episodes.flatMap((e, i) => {
    const at: Path = ["episodes", i];
    return [...referralFindings(child, e, at, ctx), ...closureFindings(child, e, at, ctx), ...activityFindings(e, at, ctx)];
  });
  return [...f, ...crossEpisodeFindings(child, ctx)];
}
