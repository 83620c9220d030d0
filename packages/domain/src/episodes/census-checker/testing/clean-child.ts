import type { CensusChild } from "../../census-child";

/**
 * A child whose record breaks no census rule in the 2025–26 census: referred in May, assessed,
 * a section 47 enquiry and conference, a child protection plan stepped down to a CIN plan, and
 * the case closed in February. Tests change one thing at a time to break one rule.
 */
export function cleanCensusChild(): CensusChild {
  return {
    laChildId: "HC000123",
    upn: "B801200005001",
    formerUpn: null,
    upnUnknown: null,
    dateOfBirth: "2015-06-14",
    expectedDateOfBirth: null,
    sex: "F",
    dateOfDeath: null,
    ethnicity: "WBRI",
    disabilities: ["NONE"],
    episodes: [
      {
        referralDate: "2025-05-06",
        referralSource: "2A",
        primaryNeed: "N1",
        closureDate: "2026-02-27",
        reasonForClosure: "RC7",
        dateOfInitialCpc: null,
        referralNfa: false,
        assessments: [{ startDate: "2025-05-07", authorisationDate: "2025-06-20", factors: ["3B", "4B"] }],
        section47s: [
          {
            startDate: "2025-05-08",
            icpcTargetDate: "2025-05-29",
            dateOfInitialCpc: "2025-05-29",
            icpcNotRequired: false,
          },
        ],
        cpPlans: [
          {
            startDate: "2025-05-29",
            endDate: "2025-11-20",
            initialCategory: "NEG",
            latestCategory: "NEG",
            numberOfPreviousCpp: 0,
            reviewDates: ["2025-08-21"],
          },
        ],
        cinPlans: [{ startDate: "2025-11-20", endDate: "2026-02-27" }],
      },
    ],
  };
}
