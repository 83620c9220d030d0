import { formatDate } from "../../calendar/uk-dates";
import { severityOfRule, validationReportCsvHeader, type ValidationReportRow } from "../../shared/validation-report";
import { academicAge, COHORT_AGES, sixteenthBirthday } from "../academic-age";
import { activityNeedsSixteen, isNeetActivityCode, neetActivityGroup, neetActivityLabel } from "../activity-codes";
import { currentUntil, defaultCurrencyPeriods, type CurrencyPeriods } from "../currency";
import { nccisPersonId, type NccisYoungPerson } from "./nccis-file";

/**
 * The NCCIS return's own checks, run on each young person as the file is written (issue 14 §2):
 * errors would be refused or miscounted by the DfE and must be fixed; queries (codes ending Q) are
 * for the EET team to chase or explain. Codes are Hearth's own ("NC…"): the DfE publishes no rule
 * numbers for NCCIS.
 */
export const nccisRules = {
  NC01: "The activity code is on the NCCIS list",
  NC02: "A post-16 activity starts on or after the 16th birthday",
  NC03: "A home postcode is recorded",
  NC04: "Over 17s are returned only with an EHC plan recorded",
  NC10Q: "An activity has been recorded",
  NC11Q: "The activity was confirmed within its currency period",
  NC12Q: "The activity is known",
  NC13Q: "An EHC plan on the person record is among the characteristics",
  NC14Q: "A course or training has an expected end date",
  NC15Q: "The September Guarantee offer is recorded",
} as const;
export type NccisRuleCode = keyof typeof nccisRules;

export interface NccisFinding {
  code: NccisRuleCode;
  severity: "error" | "query";
  message: string;
}

export interface NccisCheckContext {
  referenceDate: string;
  periods?: CurrencyPeriods;
}

const finding = (code: NccisRuleCode, message: string): NccisFinding => ({ code, severity: severityOfRule(code), message });

export function checkNccisYoungPerson(yp: NccisYoungPerson, ctx: NccisCheckContext): NccisFinding[] {
  const found: NccisFinding[] = [];
  const age = academicAge(yp.dateOfBirth, ctx.referenceDate);
  const hasEhcCharacteristic = yp.characteristics.includes("send_ehc_plan");
  if (!yp.postcode?.trim())
    found.push(finding("NC03", "No home postcode: the DfE counts young people where they live. Add it to their person record"));
  if (age > COHORT_AGES.to && !hasEhcCharacteristic)
    found.push(
      finding(
        "NC04",
        `Academic age ${age} is returned only with an EHC plan, but “SEND with an EHC plan” is not among their characteristics: add it, or they leave the cohort`,
      ),
    );
  else if (yp.hasEhcPlan && !hasEhcCharacteristic)
    found.push(finding("NC13Q", "Their person record shows an EHC plan, but “SEND with an EHC plan” is not among their characteristics"));
  if (age === COHORT_AGES.from && !yp.septemberGuaranteeYear11)
    found.push(finding("NC15Q", "No September Guarantee offer is recorded for Year 11: record the offer they had, or “no offer”"));
  if (age === COHORT_AGES.to && !yp.septemberGuaranteeYear12)
    found.push(finding("NC15Q", "No September Guarantee offer is recorded for Year 12: record the offer they had, or “no offer”"));

  if (!yp.activityCode) {
    found.push(finding("NC10Q", "No activity has been recorded: the return sends 810 (not known) until one is"));
    return found;
  }
  if (!isNeetActivityCode(yp.activityCode)) {
    found.push(
      finding("NC01", `The activity code ${yp.activityCode} is not on the NCCIS list: record the activity again, choosing it from the list`),
    );
    return found;
  }
  const label = `${yp.activityCode} ${neetActivityLabel(yp.activityCode)}`;
  const group = neetActivityGroup(yp.activityCode);
  if (yp.startDate && activityNeedsSixteen(yp.activityCode) && yp.startDate < sixteenthBirthday(yp.dateOfBirth))
    found.push(finding("NC02", `“${label}” starts on ${formatDate(yp.startDate)}, before their 16th birthday: check the start date or the activity`));
  if (group === "not_known") found.push(finding("NC12Q", `Recorded as “${label}”: find out what they are doing`));
  else if (
    yp.lastConfirmedOn &&
    currentUntil({ code: yp.activityCode, lastConfirmedOn: yp.lastConfirmedOn }, ctx.periods ?? defaultCurrencyPeriods) < ctx.referenceDate
  )
    found.push(
      finding(
        "NC11Q",
        `“${label}” was last confirmed on ${formatDate(yp.lastConfirmedOn)}, too long ago, so the DfE counts them as not known: confirm what they are doing`,
      ),
    );
  if ((group === "education" || group === "training") && !yp.expectedEndDate)
    found.push(finding("NC14Q", `“${label}” has no expected end date: add when the course or training is due to end`));
  return found;
}

/** The report's lines for one young person: their NCCIS id, their activity, and a link to their NEET record. */
export function nccisReportRows(yp: NccisYoungPerson, findings: readonly NccisFinding[], recordUrl: string): ValidationReportRow[] {
  const context = yp.activityCode ? `${yp.activityCode}${yp.startDate ? ` from ${yp.startDate}` : ""}` : "";
  return findings.map((f) => ({
    subjectId: nccisPersonId(yp.personId),
    context,
    code: f.code,
    severity: f.severity,
    message: f.message,
    link: recordUrl,
  }));
}

export const nccisReportCsvHeader = validationReportCsvHeader("LA young person ID", "Activity (code and start)");
