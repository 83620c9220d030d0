// App start-up and service identity
export { mountHearthApp } from "./app/mount";
export { ServiceProvider, usePageTitle, useService, type ServiceInfo } from "./app/service";

// tRPC and React Query
export { HearthProviders } from "./trpc/providers";
export { TRPCProvider, useTRPC, useTRPCClient } from "./trpc/trpc";

// Signing in
export { RequireStaff, markCurrent, allowedLinks, type NavigationLink } from "./auth/require-staff";
export { RequirePermission } from "./auth/require-permission";
export { SignInPage } from "./auth/sign-in-page";
export { StaffHomePage } from "./auth/staff-home";
export { MyWorkList } from "./features/my-work/my-work-list";
export { useSignOut, useStaff, type Staff } from "./auth/use-staff";

// Page furniture
export { AccountBar, staffPlace, type SignedInStaff } from "./components/layout/account-bar";
export { Footer, type FooterLink } from "./components/layout/footer";
export { ServiceNavigation, SiteHeader, type NavigationItem } from "./components/layout/header";
export { PageLayout } from "./components/layout/page-layout";
export { PhaseBanner } from "./components/layout/phase-banner";
export { SkipLink } from "./components/layout/skip-link";
export { LoadProblem, loadProblemText, NO_ACCESS, NoAccessPage, NotFoundPage, RecordProblem, ServiceProblemPage } from "./pages/problem-pages";

// Components
export { Button, ButtonGroup, ButtonLink } from "./components/button";
export { BackLink, InsetText, Panel, Tag, WarningText, type TagColour } from "./components/content";
export { ErrorSummary, type ErrorSummaryItem } from "./components/error-summary";
export { NotificationBanner } from "./components/notification-banner";
export { SummaryList, type SummaryListRow } from "./components/summary-list";
export { Table, type TableColumn, type TableSort } from "./components/table";
export { Checkboxes } from "./components/form/checkboxes";
export { type ChoiceItem } from "./components/form/choice-group";
export { DateInput } from "./components/form/date-input";
export { ErrorMessage, Fieldset, FormGroup, Hint, Label } from "./components/form/field-parts";
export { Radios } from "./components/form/radios";
export { Select, type SelectOption } from "./components/form/select";
export { TextInput } from "./components/form/text-input";

// Case-work components from the MOJ Design System (the app imports MOJ Frontend's CSS)
export * from "./components/moj";

// Forms and errors
export {
  fieldId,
  useSchemaForm,
  type FormFields,
  type SchemaForm,
  type SchemaFormOptions,
  type SchemaParser,
  schemaOfFields,
} from "./forms/use-schema-form";

// One question per page (GOV.UK's question pages), for any journey
export { QuestionPage } from "./question-pages/question-page";
export { TextQuestion } from "./question-pages/text-question";
export { serverErrorCode, serverFieldErrors, serverFormErrors } from "./forms/server-errors";
export { DraftRestoredBanner, useDraft, type FormDraft } from "./forms/use-draft";

// Formatting
export { datePartsToIso, formatShortUkDate, formatUkDate, formatUkDateTime, isoToDateParts, todayIso, type DateParts } from "./format/dates";
export { downloadText } from "./format/download-text";

// Shared features
export { canUsePersonIndex, PeopleTasks, peopleNavigation, peopleRoutes } from "./features/people/people-routes";
export { peoplePaths } from "./features/people/paths";
export { FindPersonPage } from "./features/people/find-person-page";
export { AddPersonPage } from "./features/people/add-person-page";
export { PersonPage } from "./features/people/person-page";
export { familyRecordRoutes } from "./features/families/family-record-routes";
export { ConsultationTasks, consultationNavigation, consultationRoutes } from "./features/consultations/consultation-routes";
export { CaseTasks, caseNavigation, caseRoutes } from "./features/cases/case-routes";
export { EpisodeTasks, episodeNavigation, episodeRoutes } from "./features/episodes/episode-routes";
export { ReturnsTasks, returnsNavigation, returnsRoutes } from "./features/returns/returns-routes";
export { NeetTasks, neetNavigation, neetRoutes } from "./features/neet/neet-routes";
export { neetPaths } from "./features/neet/paths";
export { DashboardTasks, dashboardNavigation, dashboardRoutes } from "./features/dashboards/dashboard-routes";
export { dashboardPaths } from "./features/dashboards/paths";
export { StaffAccountTasks, staffAccountNavigation, staffAccountRoutes } from "./features/staff-accounts/staff-account-routes";
export { SetPasswordPage } from "./features/staff-accounts/set-password-page";
export { staffAccountPaths } from "./features/staff-accounts/paths";
export { consultationPaths } from "./features/consultations/paths";
export { assessmentNavigation, assessmentRoutes } from "./features/assessments/assessment-routes";
export { tafRoutes } from "./features/taf/taf-routes";
export { stepDownNavigation, stepDownRoutes } from "./features/step-downs/step-down-routes";
export { directoryNavigation, directoryRoutes } from "./features/directory/directory-routes";
export { directoryPaths } from "./features/directory/paths";
export { FindSupportPage } from "./features/directory/find-support-page";
export { FssHomeFigures } from "./features/fss-home/fss-home-figures";
export { LcssHomeFigures } from "./features/lcss-home/lcss-home-figures";
export { BarChart, type BarChartBar } from "./components/bar-chart";
export { programmeNavigation, programmeRoutes } from "./features/programmes/programme-routes";
export { ProgrammeReferralForm } from "./features/programmes/programme-referral-form";
export { FamilySearch } from "./features/families/family-search";
export { assessmentPaths } from "./features/assessments/paths";
export { intakeNavigation, intakeRoutes } from "./features/requests-for-service/intake-routes";
export { intakePaths } from "./features/requests-for-service/paths";
export { allocationMeetingNavigation, allocationMeetingRoutes } from "./features/allocation-meetings/meeting-routes";
export { allocationMeetingPaths } from "./features/allocation-meetings/paths";
export { adviceRequestRoutes } from "./features/advice-requests/advice-request-routes";
export { advicePaths } from "./features/advice-requests/advice-journey";
export { familyRecordPaths } from "./features/families/paths";
export { FamilyChronologyPage } from "./features/families/chronology";
