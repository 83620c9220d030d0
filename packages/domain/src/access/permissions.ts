import { staffRoles, type StaffRole } from "./roles";

/** Everyone who uses the person index (the single child index): every role but the data officer. */
const personIndex = [
  "lcss_worker",
  "lcss_senior",
  "fss_worker",
  "fss_manager",
  "centre_staff",
  "centre_manager",
  "eet_officer",
  "admin",
] as const satisfies readonly StaffRole[];

/**
 * Who reads and adds to a family's chronology: the practitioners who work with families (LCSS,
 * FSS and the family centres, whose bookings and registers feed it). Not EET and data officers,
 * whose work is about young people's education and returns, nor administrators, who keep the
 * system rather than work cases: a chronology holds concerns and home visits, not just names.
 */
const chronologyRoles = [
  "lcss_worker",
  "lcss_senior",
  "fss_worker",
  "fss_manager",
  "centre_staff",
  "centre_manager",
] as const satisfies readonly StaffRole[];

/** The locality teams who take the advice line's calls. */
const lcssRoles = ["lcss_worker", "lcss_senior"] as const satisfies readonly StaffRole[];

/** The Family Support Service's practitioners, who hold whole-family cases. */
const fssCaseRoles = ["fss_worker", "fss_manager"] as const satisfies readonly StaffRole[];

/** Centre staff for their own centre, centre managers for their area's centres. */
const centreRoles = ["centre_staff", "centre_manager"] as const satisfies readonly StaffRole[];

/** Who delivers group programmes: FSS practitioners and the centres where most runs happen. */
const programmeDelivery = ["fss_worker", "fss_manager", "centre_staff", "centre_manager"] as const satisfies readonly StaffRole[];

/** Centre staff read their centre's messages, managers their area's, administrators everyone's. */
const messageRoles = [...centreRoles, "admin"] as const satisfies readonly StaffRole[];

/** Reach figures are counts, not records: the council's data officers read them county-wide too. */
const reachRoles = [...centreRoles, "data_officer"] as const satisfies readonly StaffRole[];

/**
 * The owning area's managers (their area's records) and data officers (county-wide) watch who
 * broke the glass on their records and decide which records are restricted, and to whom.
 */
const recordGuardians = ["lcss_senior", "fss_manager", "centre_manager", "data_officer"] as const satisfies readonly StaffRole[];

/**
 * Who may do what: the one list the API's procedures, the apps' gates and navigation, and the
 * access-matrix test all read, so that a page is offered exactly when the server would answer it.
 * Deny by default: a role not listed for a permission does not have it.
 *
 * Where the apps and the API used to disagree, the API's rule stands:
 * - Administrators do not run centre sessions (no session, register or reach call answers them),
 *   but they do read and retry every centre's failed family messages. So they may enter the centre
 *   staff area, are shown only its Messages page, and are refused the session pages plainly.
 * - Data officers read reach figures county-wide, so they may enter the centre staff area and are
 *   shown its Reach page, and nothing else there.
 */
export const permissions = {
  "people.search": personIndex,
  "people.read": personIndex,
  "people.create": personIndex,
  "people.update": personIndex,
  // Merging duplicates corrects the index itself: the council's data officers, and administrators
  // who keep the system. It moves a person's whole history, so not every practitioner.
  "people.merge": ["data_officer", "admin"],
  // Keeping the index in order: finding a person to merge a duplicate into or to restrict, without
  // opening their record. Data officers hold neither people.search nor people.read (they do not work
  // cases), so this is their way in; it shows enough to tell people apart and nothing of their families.
  "people.maintain": [...recordGuardians, "admin"],
  "families.search": personIndex,
  "families.read": personIndex,
  "families.create": personIndex,
  "families.update": personIndex,
  // "My work" names the families a task is for, so it is for the same people as the person index.
  "myWork.read": personIndex,
  // Alerts sit on the family record, so whoever works with the family adds, reviews and ends them.
  "families.alerts": personIndex,
  // Who has looked at a record is for those who answer for its handling, not for every reader.
  "families.accessLog": ["lcss_senior", "fss_manager", "centre_manager", "data_officer"],
  // Anyone who reads the person index may open another area's record with a recorded reason.
  "recordAccess.breakGlass": personIndex,
  "recordAccess.breakGlassLog": recordGuardians,
  "restrictions.manage": recordGuardians,
  "chronology.read": chronologyRoles,
  "chronology.write": chronologyRoles,
  // An entry is corrected by whoever wrote it; managers may correct their team's entries too.
  "chronology.editAny": ["lcss_senior", "fss_manager", "centre_manager"],

  // The advice line: locality workers and senior practitioners log calls and decide thresholds;
  // only senior practitioners confirm the decisions the council's policy sends to them.
  "consultations.read": lcssRoles,
  "consultations.write": lcssRoles,
  "consultations.confirm": ["lcss_senior"],
  // Escalation to FSS (issue 11 §5): LCSS asks; FSS's practitioners read what has arrived in
  // their intake queue. Deciding on a request is FSS's allocation meeting (issue 12).
  "requestsForService.create": lcssRoles,
  "requestsForService.read": ["fss_worker", "fss_manager"],
  // A manager decides a request at allocation: accept and allocate, step down, escalate or close.
  "requestsForService.decide": ["fss_manager"],
  // A family FSS stepped down to early help, at allocation or at a case's closure, waits in the
  // area's LCSS queue until a locality worker picks it up (issue 11 §5, issue 12 §2).
  "stepDowns.read": lcssRoles,
  "stepDowns.pickUp": lcssRoles,
  // The area's allocation meeting (issue 12 §1): the team reads its record, a manager records it.
  "allocationMeetings.read": ["fss_worker", "fss_manager"],
  "allocationMeetings.record": ["fss_manager"],

  // Early Help Assessments: locality workers and senior practitioners write them with families;
  // only senior practitioners sign them off (or return them) and audit their quality.
  "assessments.read": lcssRoles,
  "assessments.write": lcssRoles,
  "assessments.signOff": ["lcss_senior"],
  "assessments.audit": ["lcss_senior"],
  // Team Around the Family (issue 11 §4): run by locality workers from a completed assessment.
  "taf.read": lcssRoles,
  "taf.write": lcssRoles,
  // The locality service directory (issue 15 §1): LCSS keeps it; every practitioner may look a
  // service up to suggest it (it is public anyway, but the staff list shows owners and usage).
  "directory.read": staffRoles,
  "directory.edit": lcssRoles,
  // The LCSS home's figures: workers and seniors for their area, administrators for the county.
  "lcssHome.read": [...lcssRoles, "admin"],
  // The FSS home's figures: a worker's own, and for a manager the area's intake and team.
  "fssHome.read": fssCaseRoles,

  // FSS whole-family cases (issue 12 §2). Managers open cases and answer for them, so they also
  // reopen a closed one; workers record visits on, and close, the cases they hold.
  "cases.open": ["fss_manager"],
  "cases.read": fssCaseRoles,
  "cases.recordVisit": fssCaseRoles,
  "cases.close": fssCaseRoles,
  "cases.reopen": ["fss_manager"],
  // Statutory episodes (issue 12 §3) are recorded from a case, by whoever works FSS cases; the
  // case decides who may change them (its key worker or a manager), as it does for visits.
  "episodes.read": fssCaseRoles,
  "episodes.write": fssCaseRoles,
  // The plan and its reviews are the key worker's (or a manager's); oversight — recorded decisions,
  // supervision, reallocation and the team's workload — is the manager's.
  "cases.plan": fssCaseRoles,
  "cases.oversee": ["fss_manager"],

  "centreSessions.manage": centreRoles,
  // The people who run the sessions and meet the families decide whether a new family is a known one.
  "familyMatches.check": centreRoles,
  "reach.read": reachRoles,
  "notifications.read": messageRoles,
  "notifications.retry": messageRoles,

  // Every practitioner reads the catalogues to make or explain a decision or suggest a programme.
  "thresholdIndicators.read": staffRoles,
  "thresholdIndicators.edit": ["admin", "lcss_senior"],
  "programmes.read": staffRoles,
  // FSS managers commission the programmes their teams run; admins keep the list tidy.
  "programmes.edit": ["admin", "fss_manager"],

  // Group programme runs (issue 13). FSS managers put runs on (admins keep them tidy); the
  // practitioners who deliver them, FSS and the centres, read them, offer places and take registers.
  // Anyone who works with families refers to a run: FSS from a case, LCSS from an assessment, a
  // team around the family or a consultation, centres a family who asked.
  "programmeRuns.read": programmeDelivery,
  "programmeRuns.manage": ["fss_manager", "admin"],
  "programmeRuns.refer": [...lcssRoles, ...programmeDelivery],
  "programmeRuns.enrol": programmeDelivery,
  "programmeRuns.register": programmeDelivery,
  // Run and programme reports are counts and means for commissioners: managers and data officers.
  "programmeRuns.report": ["fss_manager", "data_officer", "admin"],
  // SDQ, WEMWBS and Outcomes Star scores sit on a person's record, read and entered by practitioners.
  "outcomeMeasures.read": [...lcssRoles, ...programmeDelivery],
  "outcomeMeasures.record": [...lcssRoles, ...programmeDelivery],

  // Anyone signed in keeps drafts of their own long forms; the API serves each only its owner's.
  "drafts.use": staffRoles,

  // Statutory returns (issue 14): the council's data officers produce and download them, and
  // administrators who keep the system; the files hold every child in need, so nobody else.
  "returns.read": ["data_officer", "admin"],
  "returns.run": ["data_officer", "admin"],

  // Running Hearth day to day (issue 15 §3): administrators keep the staff accounts.
  "staff.manage": ["admin"],
  // Who looked at whom, from the audit trail: data officers county-wide for a subject access
  // request or an investigation; the managers who answer for an area's records, for their area.
  "records.accessLog": recordGuardians,
  // Everything held about one person, for the data officer to review before release.
  "records.subjectAccess": ["data_officer"],
  // NEET tracking (issue 14 §2): the EET team keeps young people's activities current; data
  // officers read the cohort for the returns, and administrators keep the system.
  "neet.read": ["eet_officer", "data_officer", "admin"],
  "neet.record": ["eet_officer", "admin"],
  // The monthly NCCIS return is the EET team's own, so EET officers make and download it too.
  "returns.nccis": ["eet_officer", "data_officer", "admin"],

  // Dashboards for managers and the council (issue 15 §2): counts, never a person. Managers who
  // belong to an area see their area's; data officers and administrators the county's.
  "dashboards.read": ["lcss_senior", "fss_manager", "centre_manager", "data_officer", "admin"],

  // The staff apps. Each lets in whoever has a page there; each page then checks its own permission.
  "lcssPortal.use": ["lcss_worker", "lcss_senior", "admin"],
  // The EET and data officers' tracking and statutory returns live in the FSS app.
  "fssCasework.use": ["fss_worker", "fss_manager", "eet_officer", "data_officer", "admin"],
  "centreStaffArea.use": [...new Set([...centreRoles, ...reachRoles, ...messageRoles])],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

/** Every permission's name, for tests and for listing what a role may do. */
export const permissionNames = Object.keys(permissions) as Permission[];

/** The roles that hold `permission`. */
export function rolesFor(permission: Permission): readonly StaffRole[] {
  return permissions[permission];
}

/** Whether `role` holds `permission`. */
export function can(role: StaffRole, permission: Permission): boolean {
  return rolesFor(permission).includes(role);
}

/** Whether `role` holds at least one of `wanted`. */
export function canAny(role: StaffRole, wanted: readonly Permission[]): boolean {
  return wanted.some((permission) => can(role, permission));
}
