export * from "./client";
export * from "./application-role";
export * from "./crypto";
export * as schema from "./schema";
export * from "./queries/audit";
export * from "./queries/families";
export * from "./queries/fss-cases";
export * from "./queries/fss-step-downs";
export * from "./queries/fss-case-plans";
export * from "./queries/fss-workload";
export * from "./queries/people";
export * from "./queries/person-search";
export * from "./queries/reference";
export * from "./queries/staff";
export * from "./queries/staff-accounts";
export * from "./queries/person-access-log";
export { seed } from "./seed/seed";
export { DEMO_PASSWORD, demoStaffData } from "./seed/reference-data";
export * from "./queries/open-access-sessions";
export * from "./queries/session-series";
export * from "./queries/centre-closures";
export * from "./queries/centre-of-record";
export * from "./queries/places";
export * from "./queries/bookings";
export * from "./queries/booking-changes";
export * from "./queries/session-bookings";
export * from "./queries/family-matching";
export * from "./queries/family-matches";
export * from "./queries/family-messages";
export * from "./queries/attendance";
export * from "./queries/errors";
export * from "./queries/deliveries";
export * from "./queries/threshold-indicators";
export * from "./queries/programmes";
export * from "./queries/early-help-assessments";
export * from "./queries/eha-task-list";
export * from "./queries/threshold-decisions";
export * from "./queries/consultations";
export * from "./queries/consultation-feedback";
export * from "./queries/requests-for-service";
export * from "./queries/allocation-meetings";
export * from "./queries/advice-requests";
export * from "./queries/cin-episodes";
export * from "./queries/child-episodes";
export * from "./queries/census-return";
export * from "./queries/statutory-returns";
export * from "./queries/neet-activities";
export * from "./queries/family-records";
export * from "./queries/programme-runs";
export * from "./queries/programme-referrals";
export * from "./queries/programme-registers";
export * from "./queries/programme-involvement";
export * from "./queries/programme-facilitators";
export * from "./queries/my-work";
export * from "./queries/team-around-the-family";
export * from "./queries/directory";
export * from "./queries/lcss-home";
export * from "./queries/dashboard-referrals";
export * from "./queries/dashboard-services";
export * from "./hot-transaction";
export * from "./queries/raw";
export {
  COUNTY_SCALES,
  CountyRefused,
  generateCounty,
  hasSyntheticCounty,
  SYNTHETIC_ID_PREFIX,
  type CountyOptions,
  type CountySummary,
} from "./seed/county";
export { censusPopulation, type CensusPopulation } from "./seed/county/census-population";
export * from "./queries/family-alerts";
export * from "./queries/family-record";
export * from "./queries/record-access";
export * from "./queries/chronology";
export * from "./queries/form-drafts";
export * from "./queries/person-merge";
export * from "./queries/family-member-details";
export * from "./queries/chronology-edits";
