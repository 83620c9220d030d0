import { addDays, addMonths, addYears, isIsoDate } from "../../calendar/iso-date";
import { upnCheckLetter } from "../../families/identifiers";
import { disabilityCodes, ethnicityCodes } from "../../families/census-code-sets";
import type { CensusChild } from "../census-child";
import { censusFinding, type CensusFinding, type CensusRuleCode } from "./census-rules";
import type { CheckContext } from "./check-context";

const UPN_LAST = /^[0-9A-HJ-NP-RT-Z]$/;

/** Each way a UPN can be malformed, by the rule that describes it. */
export function upnProblems(upn: string, laCodes: ReadonlySet<string>): { code: CensusRuleCode; message: string }[] {
  const value = upn.trim().toUpperCase();
  const problems: { code: CensusRuleCode; message: string }[] = [];
  if (value.length !== 13) {
    return [
      {
        code: "1510",
        message: `A UPN has 13 characters; ${value} has ${value.length}, so its check letter cannot be right`,
      },
    ];
  }
  if (!laCodes.has(value.slice(1, 4)))
    problems.push({
      code: "1530",
      message: `Characters 2–4 of the UPN (${value.slice(1, 4)}) are not a recognised LA code`,
    });
  if (!/^[0-9]{8}$/.test(value.slice(4, 12))) problems.push({ code: "1540", message: "Characters 5–12 of the UPN must all be digits" });
  if (!UPN_LAST.test(value[12]!))
    problems.push({
      code: "1550",
      message: "The last character of the UPN must be a digit or a letter other than I, O or S",
    });
  const expected = upnCheckLetter(value.slice(1));
  if (expected && expected !== value[0]) {
    problems.push({
      code: "1510",
      message: `The UPN's check letter should be ${expected}, not ${value[0]}: check it was copied correctly`,
    });
  }
  return problems;
}

function identifierFindings(child: CensusChild, ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  const id = child.laChildId?.trim();
  if (!id) f.push(censusFinding("8500", "Enter the child’s LA child ID", ["laChildId"]));
  else {
    if (id.length > 20) f.push(censusFinding("1570", `The LA child ID is ${id.length} characters; the census allows 20`, ["laChildId"]));
    if (!/^[A-Za-z0-9]+$/.test(id)) f.push(censusFinding("1580", "The LA child ID must be letters and digits only", ["laChildId"]));
  }
  if (child.upn) for (const p of upnProblems(child.upn, ctx.laCodes)) f.push(censusFinding(p.code, p.message, ["upn"]));
  if (child.formerUpn && upnProblems(child.formerUpn, ctx.laCodes).length > 0) {
    f.push(censusFinding("1560Q", "The former UPN is not a well-formed UPN: correct it or explain", ["formerUpn"]));
  }
  const furtherAction = child.episodes.some((e) => e.referralNfa === false);
  if (furtherAction && child.dateOfBirth && child.dateOfBirth <= ctx.schoolAgeBornBy && !child.upn) {
    const reason = child.upnUnknown?.toUpperCase();
    if (!reason || !["UN2", "UN3", "UN4", "UN5", "UN6", "UN7"].includes(reason)) {
      f.push(censusFinding("8770Q", "This child is of school age: record their UPN, or why it is not known (UN1 does not apply)", ["upn"]));
    }
  }
  if (child.upnUnknown?.toUpperCase() === "UN7" && furtherAction) {
    f.push(censusFinding("8772", "UN7 means every referral led to no further action, but at least one did lead to further action", ["upnUnknown"]));
  }
  return f;
}

function characteristicFindings(child: CensusChild): CensusFinding[] {
  const f: CensusFinding[] = [];
  if (!child.sex || !["F", "M", "U"].includes(child.sex)) f.push(censusFinding("4180", "Record the child’s sex as F, M or U", ["sex"]));
  if (!child.dateOfBirth && child.expectedDateOfBirth && child.sex !== "U") {
    f.push(censusFinding("8750", "An unborn child’s sex must be recorded as U", ["sex"]));
  }
  if (!child.ethnicity || !(ethnicityCodes as string[]).includes(child.ethnicity)) {
    f.push(censusFinding("4220", "Record the child’s ethnicity using a census code", ["ethnicity"]));
  }
  const codes = child.disabilities;
  // 8540 asks only for a born child with a referral that led to further action: an unborn child,
  // or one whose every referral was no further action, need not have disabilities recorded.
  if (child.dateOfBirth && child.episodes.some((e) => e.referralNfa === false)) {
    if (codes.length === 0) f.push(censusFinding("8540", "Record the child’s disabilities, or NONE", ["disabilities"]));
    codes.forEach((c, i) => {
      if (!(disabilityCodes as string[]).includes(c)) f.push(censusFinding("8540", `${c} is not a census disability code`, ["disabilities", i]));
    });
  }
  if (codes.includes("NONE") && codes.length > 1) f.push(censusFinding("8790", "NONE cannot be recorded with other disabilities", ["disabilities"]));
  if (new Set(codes).size !== codes.length) f.push(censusFinding("8794", "A disability is recorded more than once", ["disabilities"]));
  return f;
}

function dateFindings(child: CensusChild, ctx: CheckContext): CensusFinding[] {
  const f: CensusFinding[] = [];
  const { dateOfBirth: dob, expectedDateOfBirth: edd, dateOfDeath: dod } = child;
  if (dob && dob > ctx.referenceDate) f.push(censusFinding("8520", `The date of birth ${dob} is after the census reference date`, ["dateOfBirth"]));
  if (!!dob === !!edd) {
    f.push(
      censusFinding(
        "8525Q",
        dob ? "Record a date of birth or an expected date of birth, not both" : "Record a date of birth or an expected date of birth",
        ["dateOfBirth"],
      ),
    );
  }
  if (edd && (edd < addDays(ctx.referenceDate, -30) || edd > addMonths(ctx.referenceDate, 9))) {
    f.push(
      censusFinding(
        "8530Q",
        `The expected date of birth ${edd} is outside this census’s range (March to December ${ctx.referenceDate.slice(0, 4)})`,
        ["expectedDateOfBirth"],
      ),
    );
  }
  if (dod && dob && dod < dob) f.push(censusFinding("8535Q", "The date of death is before the date of birth", ["dateOfDeath"]));
  if (dod && !ctx.inCensusYear(dod)) f.push(censusFinding("8545Q", `The date of death ${dod} is outside the census year`, ["dateOfDeath"]));
  if (dob && isIsoDate(dob) && dob < addYears(ctx.referenceDate, -25)) {
    const turned25 = addYears(dob, 25);
    if (child.episodes.some((e) => !e.closureDate || e.closureDate > turned25)) {
      f.push(censusFinding("8775Q", "The child was over 25 while the case was open: check the date of birth", ["dateOfBirth"]));
    }
  }
  if (child.episodes.length === 0) f.push(censusFinding("8590", "The child has no CIN episode to return", ["episodes"]));
  return f;
}

export function childLevelFindings(child: CensusChild, ctx: CheckContext): CensusFinding[] {
  return [...identifierFindings(child, ctx), ...characteristicFindings(child), ...dateFindings(child, ctx)];
}
