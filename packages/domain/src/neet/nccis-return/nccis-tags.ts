/**
 * THE ONE PLACE the NCCIS file's XML tag names live. The DfE's "CCIS management information
 * requirement" defines them; the names below follow its published structure as far as Hearth
 * knows it and must be checked against the current document before a live submission (spec
 * nccis.md). Correct a name here and nothing else changes: the tracking data, the CSV and the
 * export's code use only the keys on the left.
 */
export const nccisTags = {
  message: "CCISReturn",
  header: "Header",
  collection: "Collection",
  collectionName: "NCCIS",
  referenceDate: "ReferenceDate",
  laCode: "LA",
  softwareCode: "SoftwareCode",
  release: "Release",
  serialNo: "SerialNo",
  madeAt: "DateTime",
  youngPeople: "YoungPeople",
  youngPerson: "YoungPerson",
  personId: "LAYoungPersonID",
  upn: "UPN",
  surname: "FamilyName",
  forename: "GivenName",
  dateOfBirth: "DOB",
  sex: "Gender",
  postcode: "Postcode",
  activity: "CurrentActivity",
  activityCode: "ActivityCode",
  startDate: "StartDate",
  expectedEndDate: "DueToLeaveDate",
  lastConfirmedOn: "ReviewDate",
  source: "Source",
  characteristics: "Characteristics",
  characteristic: "Characteristic",
  intendedDestination: "IntendedDestination",
  septemberGuarantee: "SeptemberGuarantee",
  septemberGuaranteeYear11: "Year11Offer",
  septemberGuaranteeYear12: "Year12Offer",
} as const;

/** The codes the file sends for Hearth's own values, kept beside the tags for the same reason. */
export const nccisCharacteristicCodes: Record<string, string> = {
  looked_after: "LAC",
  care_leaver: "CL",
  send_ehc_plan: "EHC",
  parent: "PAR",
  carer: "CAR",
  pregnant: "PRG",
  youth_justice: "YJS",
  refugee_or_asylum_seeker: "RAS",
  substance_misuse: "SUB",
  alternative_provision: "AP",
};
export const nccisSourceCodes: Record<string, string> = {
  young_person: "YP",
  parent_or_carer: "PC",
  school: "SCH",
  college_or_provider: "PRV",
  employer: "EMP",
  careers_adviser: "CA",
  other_council: "LA",
  data_match: "DM",
};
export const nccisOfferCodes: Record<string, string> = {
  full_time_education: "1",
  apprenticeship: "2",
  employment_with_training: "3",
  traineeship_or_internship: "4",
  no_offer: "5",
  offer_not_known: "6",
};
