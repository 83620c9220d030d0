import { isWeekend } from "../../calendar/iso-date";
import type { CensusEpisode } from "../census-child";
import { censusAssessmentFactorCodes } from "../code-sets";
import { censusFinding, type CensusFinding } from "./census-rules";
import type { CheckContext } from "./check-context";

type Path = (string | number)[];

export function assessmentFindings(e: CensusEpisode, at: Path, ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  e.assessments.forEach((a, i) => {
    const here: Path = [...at, "assessments", i];
    const { startDate: start, authorisationDate: done, factors } = a;
    if (start && e.referralDate && start < e.referralDate)
      f.push(censusFinding("1103", "The assessment starts before the referral date", [...here, "startDate"]));
    if (start && done && start > done)
      f.push(censusFinding("8608", "The assessment is authorised before it started", [...here, "authorisationDate"]));
    if (factors.length > 0 && !done)
      f.push(censusFinding("8614", "Factors are recorded on an assessment that is not completed", [...here, "factors"]));
    // The DfE codes 8897Q for assessments authorised on or after the start of the census year;
    // one authorised earlier is already wrong by 8696.
    if (done && done >= ctx.collectionStart) {
      if (factors.length === 0)
        f.push(censusFinding("8897Q", "The completed assessment has no factors: record them, or 21 for none", [...here, "factors"]));
      factors.forEach((code, k) => {
        if (!censusAssessmentFactorCodes.includes(code))
          f.push(censusFinding("8897Q", `${code} is not a census assessment factor code`, [...here, "factors", k]));
      });
    }
    const spelled = factors.map((code) => code.toUpperCase());
    if (new Set(spelled).size !== spelled.length) f.push(censusFinding("8898", "A factor is recorded twice on the assessment", [...here, "factors"]));
    if (factors.includes("21") && factors.length > 1)
      f.push(censusFinding("8869", "Factor 21 (no factors identified) cannot be recorded with other factors", [...here, "factors"]));
    if (factors.includes("18A")) f.push(censusFinding("8945Q", "Use 18B or 18C for physical abuse, not 18A", [...here, "factors"]));
    if (factors.includes("19A")) f.push(censusFinding("8950Q", "Use 19B or 19C for sexual abuse, not 19A", [...here, "factors"]));
    if (done && !ctx.inCensusYear(done))
      f.push(censusFinding("8696", `The assessment was authorised on ${done}, outside the census year`, [...here, "authorisationDate"]));
    if (!done) {
      if (!start || !ctx.inCensusYear(start)) {
        f.push(censusFinding("8736", "An assessment not yet completed must have started in the census year", [...here, "startDate"]));
      }
      if (start && start < ctx.workingDaysBefore(ctx.referenceDate, 45)) {
        f.push(
          censusFinding("8670Q", "The assessment started more than 45 working days before the end of the census year and is not completed", [
            ...here,
            "authorisationDate",
          ]),
        );
      }
    }
  });
  const open = e.assessments.filter((a) => !a.authorisationDate);
  if (open.length > 1) f.push(censusFinding("8896", "More than one assessment on the episode is not completed", [...at, "assessments"]));
  e.assessments.forEach((a, i) => {
    const clash = e.assessments.some((b, j) => {
      if (i === j || !a.startDate || !b.startDate || a.startDate < b.startDate) return false;
      if (a.startDate === b.startDate && j > i) return false;
      return b.authorisationDate ? a.startDate <= b.authorisationDate : a.startDate <= ctx.referenceDate;
    });
    if (clash) f.push(censusFinding("8863Q", "This assessment starts while another assessment is under way", [...at, "assessments", i, "startDate"]));
  });
  return f;
}

export function section47Findings(e: CensusEpisode, at: Path, ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  const isOpen = (s: CensusEpisode["section47s"][number]) => !s.dateOfInitialCpc && s.icpcNotRequired !== true;
  e.section47s.forEach((s, i) => {
    const here: Path = [...at, "section47s", i];
    if (s.startDate && e.referralDate && s.startDate < e.referralDate) {
      f.push(censusFinding("2889", "The section 47 enquiry starts before the referral date", [...here, "startDate"]));
    }
    if (s.dateOfInitialCpc && (!s.startDate || s.startDate > s.dateOfInitialCpc)) {
      f.push(censusFinding("8615", "Enter the section 47 start date, on or before the initial conference", [...here, "startDate"]));
    }
    if (s.icpcTargetDate && isWeekend(s.icpcTargetDate)) {
      f.push(censusFinding("8870Q", `The target date for the initial conference, ${s.icpcTargetDate}, is a weekend`, [...here, "icpcTargetDate"]));
    }
    if (isOpen(s)) {
      if (!s.startDate || !ctx.inCensusYear(s.startDate)) {
        f.push(censusFinding("8740", "A section 47 enquiry with no conference yet must have started in the census year", [...here, "startDate"]));
      }
      if (s.startDate && s.startDate < ctx.workingDaysBefore(ctx.referenceDate, 15)) {
        f.push(
          censusFinding(
            "8675Q",
            "The section 47 enquiry started more than 15 working days before the end of the census year and has no conference date",
            [...here, "dateOfInitialCpc"],
          ),
        );
      }
    }
  });
  if (e.section47s.filter(isOpen).length > 1) {
    f.push(
      censusFinding("8839", "More than one section 47 enquiry on the episode has no conference and is not marked ‘not required’", [
        ...at,
        "section47s",
      ]),
    );
  }
  e.section47s.forEach((a, i) => {
    const clash = e.section47s.some((b, j) => {
      if (i === j || !a.startDate || !b.startDate || a.startDate < b.startDate) return false;
      if (a.startDate === b.startDate && j > i) return false;
      if (b.dateOfInitialCpc) return a.startDate <= b.dateOfInitialCpc;
      return isOpen(b) && a.startDate <= ctx.referenceDate;
    });
    if (clash) f.push(censusFinding("8890", "This section 47 enquiry starts while another is under way", [...at, "section47s", i, "startDate"]));
  });
  return f;
}
