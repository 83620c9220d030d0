import type { CensusAssessment, CensusChild, CensusCinPlan, CensusCpPlan, CensusEpisode, CensusSection47 } from "../census-child";
import { xmlElement, xmlGroup, type XmlValue } from "../../shared/xml";

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

/** A group of one repeated element, e.g. `<Disabilities><Disability>…</Disability>…</Disabilities>`. */
function list(name: string, itemName: string, values: readonly XmlValue[]): string {
  let inner = "";
  for (const value of values) inner += element(itemName, value);
  return group(name, inner);
}

/** Each item written with its writer, in order (a loop: the export writes millions of these). */
function each<T>(items: readonly T[], write: (item: T) => string): string {
  let text = "";
  for (const item of items) text += write(item);
  return text;
}

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
  const characteristics = element("Ethnicity", child.ethnicity) + list("Disabilities", "Disability", child.disabilities);
  return (
    "<Child>" +
    group("ChildIdentifiers", identifiers) +
    group("ChildCharacteristics", characteristics) +
    each(child.episodes, episodeXml) +
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
      each(episode.assessments, assessmentXml) +
      each(episode.cinPlans, cinPlanXml) +
      each(episode.section47s, section47Xml) +
      element("ReferralNFA", episode.referralNfa) +
      each(episode.cpPlans, cpPlanXml),
  );
}

function assessmentXml(a: CensusAssessment): string {
  return group(
    "Assessments",
    element("AssessmentActualStartDate", a.startDate) +
      element("AssessmentAuthorisationDate", a.authorisationDate) +
      list("FactorsIdentifiedAtAssessment", "AssessmentFactors", a.factors),
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
      list("Reviews", "CPPreviewDate", p.reviewDates),
  );
}
