import type { CensusAssessment, CensusChild, CensusCinPlan, CensusCpPlan, CensusEpisode, CensusSection47 } from "../census-child";
import { xmlElement, xmlGroup } from "../../shared/xml";

/**
 * The CIN census file (DfE 2025–26 specification), written a child at a time so the export can
 * stream it: the header, each child's element, then the footer. Element order is the
 * specification's; an optional element with no value is left out, never sent empty; `Message` has
 * no default namespace (COLLECT rejects one).
 */
export interface CensusXmlHeader {
  /** The year the census ends in: 2026 for 2025–26. */
  censusYear: number;
  /** Three-digit LA code (LEA). */
  laCode: string;
  softwareCode: string;
  release: string;
  serialNo: number;
  /** When the file was made, written to the second as the specification's DateTime. */
  madeAt: Date;
}

const element = xmlElement;
const group = xmlGroup;

export function censusXmlHeader(header: CensusXmlHeader): string {
  const dateTime = header.madeAt.toISOString().slice(0, 19);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Message><Header>' +
    group(
      "CollectionDetails",
      element("Collection", "CIN") + element("Year", header.censusYear) + element("ReferenceDate", `${header.censusYear}-03-31`),
    ) +
    group(
      "Source",
      element("SourceLevel", "L") +
        element("LEA", header.laCode) +
        element("SoftwareCode", header.softwareCode) +
        element("Release", header.release) +
        element("SerialNo", header.serialNo) +
        element("DateTime", dateTime),
    ) +
    "</Header><Children>\n"
  );
}

export const censusXmlFooter = "</Children></Message>\n";

export function censusChildXml(child: CensusChild): string {
  const identifiers =
    element("LAchildID", child.laChildId) +
    element("UPN", child.upn) +
    element("FormerUPN", child.formerUpn) +
    element("UPNunknown", child.upnUnknown) +
    element("PersonBirthDate", child.dateOfBirth) +
    element("ExpectedPersonBirthDate", child.expectedDateOfBirth) +
    element("Sex", child.sex) +
    element("PersonDeathDate", child.dateOfDeath);
  const characteristics =
    element("Ethnicity", child.ethnicity) + group("Disabilities", child.disabilities.map((d) => element("Disability", d)).join(""));
  return (
    "<Child>" +
    group("ChildIdentifiers", identifiers) +
    group("ChildCharacteristics", characteristics) +
    child.episodes.map(episodeXml).join("") +
    "</Child>\n"
  );
}

function episodeXml(episode: CensusEpisode): string {
  return group(
    "CINdetails",
    element("CINreferralDate", episode.referralDate) +
      element("ReferralSource", episode.referralSource) +
      element("PrimaryNeedCode", episode.primaryNeed) +
      element("CINclosureDate", episode.closureDate) +
      element("ReasonForClosure", episode.reasonForClosure) +
      element("DateOfInitialCPC", episode.dateOfInitialCpc) +
      episode.assessments.map(assessmentXml).join("") +
      episode.cinPlans.map(cinPlanXml).join("") +
      episode.section47s.map(section47Xml).join("") +
      element("ReferralNFA", episode.referralNfa) +
      episode.cpPlans.map(cpPlanXml).join(""),
  );
}

function assessmentXml(a: CensusAssessment): string {
  return group(
    "Assessments",
    element("AssessmentActualStartDate", a.startDate) +
      element("AssessmentAuthorisationDate", a.authorisationDate) +
      group("FactorsIdentifiedAtAssessment", a.factors.map((f) => element("AssessmentFactors", f)).join("")),
  );
}

function cinPlanXml(p: CensusCinPlan): string {
  return group("CINPlanDates", element("CINPlanStartDate", p.startDate) + element("CINPlanEndDate", p.endDate));
}

function section47Xml(s: CensusSection47): string {
  return group(
    "Section47",
    element("S47ActualStartDate", s.startDate) +
      element("InitialCPCtarget", s.icpcTargetDate) +
      element("DateOfInitialCPC", s.dateOfInitialCpc) +
      // Sent only when it says something: "false" beside a conference date would be noise.
      element("ICPCnotRequired", s.icpcNotRequired ? true : null),
  );
}

function cpPlanXml(p: CensusCpPlan): string {
  return group(
    "ChildProtectionPlans",
    element("CPPstartDate", p.startDate) +
      element("CPPendDate", p.endDate) +
      element("InitialCategoryOfAbuse", p.initialCategory) +
      element("LatestCategoryOfAbuse", p.latestCategory) +
      element("NumberOfPreviousCPP", p.numberOfPreviousCpp) +
      group("Reviews", p.reviewDates.map((d) => element("CPPreviewDate", d)).join("")),
  );
}
