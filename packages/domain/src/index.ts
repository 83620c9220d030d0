export * from "./access/roles";
export * from "./access/scope";
export * from "./access/permissions";
export * from "./access/record-access";
export * from "./centres/postcode";
export * from "./families/identifiers";
export * from "./families/person";
export * from "./families/person-search";
export * from "./families/person-merge";
export * from "./families/family";
export * from "./auth/sign-in";

export * from "./shared/result";
export * from "./shared/counts";
export * from "./shared/text";
export * from "./shared/changes";

export * from "./calendar/iso-date";
export * from "./calendar/bank-holidays";
export * from "./calendar/working-days";
export * from "./calendar/collection-year";
export * from "./calendar/uk-dates";

export * from "./families/census-code-sets";
export * from "./families/person-details";
export * from "./families/age";
export * from "./families/service-eligibility";
export * from "./families/household";
export * from "./families/contact-details";
export * from "./families/consent";
export * from "./families/family-matches";
export * from "./families/family-record";
export * from "./families/family-member-details";

export * from "./assessments/assessment-framework";
export * from "./assessments/early-help-assessment";
export * from "./assessments/eha-lifecycle";
export * from "./assessments/eha-due-date";
export * from "./assessments/sdq";
export * from "./assessments/wemwbs";
export * from "./assessments/outcomes-star";
export * from "./assessments/measure-change";
export * from "./taf/team-around-the-family";
export * from "./directory";
export * from "./lcss-home/lcss-home";

export * from "./thresholds/levels";
export * from "./thresholds/indicator-catalogue";
export * from "./thresholds/illustrative-indicators";
export * from "./thresholds/threshold-decision";
export * from "./consultations/consultation";
export * from "./consultations/consultation-views";
export * from "./consultations/referrer-feedback";
export * from "./requests-for-service/request-for-service";
export * from "./advice-requests/advice-request";

export * from "./centres/time-of-day";
export * from "./centres/opening-hours";
export * from "./centres/closures";
export * from "./centres/localities";
export * from "./centres/centre";

export * from "./sessions/session-types";
export * from "./sessions/session-eligibility";
export * from "./sessions/recurring-schedule";

export * from "./programmes/programme-catalogue";
export * from "./programmes/programme-run";
export * from "./programmes/enrolment";
export * from "./programmes/attendance";
export * from "./programmes/referral";
export * from "./programmes/register";
export * from "./programmes/outcome-timing";
export * from "./programmes/run-figures";
export * from "./programmes/outcome-measurement";

export * from "./episodes/code-sets";
export * from "./episodes/census-child";
export * from "./episodes/cin-episode";
export * from "./episodes/looked-after";
export * from "./episodes/episode-parts";
export * from "./episodes/census-at-source";
export * from "./episodes/census-checker/census-rules";
export * from "./episodes/census-checker/check-context";
export * from "./episodes/census-checker/check-child";
export * from "./episodes/census-checker/check-return";
export * from "./episodes/census-checker/return-tally";
export * from "./episodes/census-return/census-xml";
export * from "./episodes/census-return/census-report";
export * from "./episodes/census-return/census-return-start";
export { upnProblems } from "./episodes/census-checker/child-rules";
export * from "./bookings";
export * from "./notifications/family-messages";
export * from "./notifications/mask-manage-links";
export * from "./work/work-items";
export * from "./families/chronology";

export * from "./drafts/form-draft";
export * from "./assessments/eha-record";
export * from "./cases/fss-case";
export * from "./cases/visit-cadence";
export * from "./shared/csv";
export * from "./notifications/programme-messages";
