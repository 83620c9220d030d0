import { randomUUID } from "node:crypto";
import { isCountyWide, rolesFor, staffRoles, type Permission, type StaffRole } from "@hearth/domain";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import {
  insertAllocationMeeting,
  insertCentreClosure,
  insertDirectoryService,
  insertChronologyEntry,
  insertConsultation,
  insertRequestForService,
  closeFssCase,
  insertFssCase,
  insertEnrolment,
  insertProgramme,
  insertProgrammeRun,
  insertThresholdDecision,
  insertSessionSeries,
  insertThresholdIndicator,
  nameOnRestriction,
  saveRestriction,
  schema,
} from "@hearth/db";
import { londonDateOf } from "@hearth/domain";
import { bookingInput, centreIdOf, daysFromToday, newSession, sessionTypeIdOf } from "./booking-support";
import { adviceInput, localityIn, onlineConsultation, pendingAdviceLink } from "./advice-request-support";
import { areaIdOf, auditRows, client, recordsOf, rejection, signedInAs, type Client } from "./support";

/**
 * Every procedure of the foundation × every role: allowed, forbidden (and audited), or refused
 * without a session. Each row names the permission its procedure checks, and the roles expected
 * through are read from @hearth/domain's permissions map, the one the apps draw their pages from.
 * A new procedure without a row here fails the completeness test below.
 */
let t: TestDatabase;
let northPersonId: string;
let southPersonId: string;
// Broken glass stays open for hours, so the break-glass row opens a South record of its own, not
// the one the out-of-area tests expect to stay closed.
let southGlassPersonId: string;
let northFamilyId: string;
let publicSessionId: string;
let northAreaId: string;
const callers = new Map<StaffRole, Client>();

beforeAll(async () => {
  t = await createTestDatabase();
  northAreaId = await areaIdOf(t.db, "north");
  const admin = await signedInAs(t.db, "admin");
  const create = async (firstName: string, postcode: string) => {
    const result = await (await admin.call()).people.create({ firstName, lastName: "Matrix", dateOfBirth: "2019-05-04", postcode });
    if (result.status !== "created") throw new Error("expected a new person");
    return result.person.id;
  };
  northPersonId = await create("Nora", "OX16 1AA");
  southPersonId = await create("Sid", "OX14 1AA");
  southGlassPersonId = await create("Sam", "OX14 1AB");
  northFamilyId = (
    await (
      await admin.call()
    ).families.create({ name: "Matrix household", postcode: "OX16 1AA", members: [{ personId: northPersonId, role: "child" }] })
  ).id;
  for (const role of staffRoles) callers.set(role, await signedInAs(t.db, role));
  publicSessionId = await newSession(t.db, { capacity: 10_000 });
});
afterAll(() => t.destroy());

// Centre staff work at Blackbird Leys, the centre manager at Banbury: each is called for their own.
// A record with no county postcode is owned by its creator's area; county-wide staff must choose one (ADR 8).
const ownerChoice = (role: StaffRole | null) => (role && isCountyWide(role) ? { areaId: northAreaId } : {});
const homeCentre = (role: StaffRole | null) => (role === "centre_manager" ? "banbury" : "blackbird-leys");
const sessionAt = (role: StaffRole | null, options: { date?: string; startTime?: string; endTime?: string } = {}) =>
  newSession(t.db, { capacity: 20, centre: homeCentre(role), ...options });
/** A session today that has started, so its register is open. */
const todaysSession = (role: StaffRole | null) => sessionAt(role, { date: londonDateOf(new Date()), startTime: "00:00", endTime: "23:59" });
const seriesAt = async (role: StaffRole | null) =>
  (
    await insertSessionSeries(t.db, {
      centreId: await centreIdOf(t.db, homeCentre(role)),
      sessionTypeId: await sessionTypeIdOf(t.db, "stay_play_learn"),
      title: "Matrix series",
      weekday: 1,
      startTime: "10:00",
      endTime: "11:00",
      firstDate: "2028-02-07",
      lastDate: "2028-02-28",
      capacity: 10,
    })
  ).id;
const walkIn = async (api: Api, sessionId: string) =>
  api.centreSessions.walkIn({
    sessionId,
    carerName: "Walk In",
    postcode: "OX4 1AA",
    children: [{ firstName: "Wally", dateOfBirth: "2023-01-01", send: false }],
  });

type Api = Awaited<ReturnType<Client["call"]>>;

// Catalogue fixtures: each call gets its own code or name, so no row collides with another's.
let catalogueFixtures = 0;
const matrixIndicator = () =>
  ({
    code: `MX-${++catalogueFixtures}`,
    domain: "child_development",
    area: "health",
    level: 2,
    wording: "An indicator made by the access matrix.",
  }) as const;
const matrixProgramme = () => ({
  name: `Matrix programme ${++catalogueFixtures}`,
  category: "parenting" as const,
  evidenceRating: "3" as const,
  childAgeFrom: 2,
  childAgeTo: 8,
  levelsOfNeed: [2 as const],
  numberOfSessions: 10,
  completionShare: 0.7,
});
const storedIndicator = async () => (await insertThresholdIndicator(t.db, { ...matrixIndicator(), active: true }))!.id;
const storedProgramme = async () => (await insertProgramme(t.db, matrixProgramme()))!.id;
const matrixDirectoryEntry = async () => ({
  name: "Matrix service",
  provider: "Matrix provider",
  description: "A service for the access matrix.",
  needs: ["parenting" as const],
  minimumAge: 0,
  maximumAge: 18,
  cost: "Free",
  localityIds: [await localityIn(t.db, northAreaId)],
  venues: [],
  openings: [],
  accessRoutes: ["self_referral" as const],
  phone: "01865 000000",
  lastReviewedOn: "2026-01-01",
  active: true,
});
const storedDirectoryEntry = async () => {
  const [keeper] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker")).limit(1);
  const row = await insertDirectoryService(t.db, { ...(await matrixDirectoryEntry()), ownerStaffId: keeper!.id, createdBy: null });
  if (row === "unknown locality") throw new Error("expected a directory entry");
  return row.id;
};
/**
 * A North run of a programme of its own, with a session today, so its register is open. The programme
 * serves every level of need, as other rows move the North family's level.
 */
const northRun = async () =>
  (
    await insertProgrammeRun(t.db, {
      run: {
        programmeId: (await insertProgramme(t.db, { ...matrixProgramme(), levelsOfNeed: [1, 2, 3, 4] }))!.id,
        venue: { name: "Matrix hall", postcode: "OX16 1AA" },
        schedule: { weekday: "monday", startTime: "10:00", endTime: "11:00", startsOn: londonDateOf(new Date()) },
        facilitators: [{ name: "Matrix Facilitator" }],
        capacity: 40,
      },
      areaId: northAreaId,
      sessionDates: [londonDateOf(new Date())],
    })
  ).id;
const matrixReferral = (runId: string) => ({
  runId,
  familyId: northFamilyId,
  personId: northPersonId,
  consentGiven: true as const,
  consentGivenBy: "Parent",
  consentRecordedOn: "2026-01-05",
  carerName: "Matrix Carer",
  mobile: "07700 900111",
  preferredChannel: "sms" as const,
});
/** The role's own centre, or the first centre in its area. */
const centreOfRole = async (role: StaffRole | null) => {
  const [staff] = role ? await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, role)).limit(1) : [];
  if (staff?.centreId) return staff.centreId;
  if (!staff?.areaId) return centreIdOf(t.db, "banbury");
  const [centre] = await t.db.select().from(schema.centres).where(eq(schema.centres.areaId, staff.areaId)).limit(1);
  return centre!.id;
};
/** A place offered to the North family on a run of its own. */
const offeredReferral = async () => {
  const [row] = await t.db
    .insert(schema.programmeReferrals)
    .values({ ...matrixReferral(await northRun()), source: "self", status: "offered" })
    .returning();
  return row!.id;
};
const northEnrolment = async () => {
  const runId = await northRun();
  const enrolment = await insertEnrolment(t.db, { enrolment: { runId, familyId: northFamilyId, childId: northPersonId } });
  return { runId, enrolmentId: enrolment.id };
};
/** A booking made by a new family, for the procedures that need a manage link. */
/** An open possible match at the caller's home centre: two bookings sharing nothing but a mobile. */
const matchAt = async (role: StaffRole | null) => {
  const sessionId = await sessionAt(role);
  const postcode = role === "centre_manager" ? "OX16 9ZZ" : "OX4 9ZZ";
  const first = bookingInput(sessionId, { postcode });
  const book = async (input: ReturnType<typeof bookingInput>) => (await client(t.db).call()).bookings.create(input);
  await book(first);
  const second = await book(bookingInput(sessionId, { postcode, mobile: first.mobile }));
  const [booking] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, second.reference));
  const [match] = await t.db.select().from(schema.possibleFamilyMatches).where(eq(schema.possibleFamilyMatches.familyId, booking!.familyId));
  return match!.id;
};
/** A North locality worker's account made for one call to change, so no demo account is touched. */
let throwaways = 0;
const throwawayStaff = async (active = true) => {
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `matrix.staff.${++throwaways}@hearth.test`, displayName: "Matrix Staff", role: "lcss_worker", areaId: northAreaId, active })
    .returning();
  return row!.id;
};
/** An open FSS case for the North family, held by the administrator's account (any staff id will do). */
let northCaseId: string | undefined;
const northCase = async () => {
  if (northCaseId) return northCaseId;
  const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "admin")).limit(1);
  northCaseId = (
    await insertFssCase(t.db, {
      familyId: northFamilyId,
      areaId: northAreaId,
      keyWorkerId: staff!.id,
      reason: "Matrix",
      openedOn: "2026-01-05",
      openedBy: staff!.id,
      children: [{ personId: northPersonId, category: "child_in_need" }],
    })
  ).id;
  return northCaseId;
};
const northChild = async () => ({ caseId: await northCase(), childId: northPersonId });
/** A new alert, or a new North member of the North family, made by the administrator for the caller to act on. */
const adminApi = () => callers.get("admin")!.call();
const freshAlert = async () =>
  (
    await (
      await adminApi()
    ).families.alerts.add({ familyId: northFamilyId, kind: "interpreter", text: "Interpreter: Polish", reviewBy: "2028-01-31" })
  ).id;
const freshMember = async () => {
  const api = await adminApi();
  const result = await api.people.create({
    firstName: "Member",
    lastName: "Matrix",
    dateOfBirth: "1990-05-04",
    postcode: "OX16 1AA",
    confirmedNotDuplicate: true,
  });
  if (result.status !== "created") throw new Error("expected a new person");
  await api.families.members.add({ familyId: northFamilyId, personId: result.person.id, role: "parent_carer" });
  return result.person.id;
};
const unaddedPerson = async () => {
  const result = await (
    await adminApi()
  ).people.create({ firstName: "Joiner", lastName: "Matrix", dateOfBirth: "1991-05-04", postcode: "OX16 1AA", confirmedNotDuplicate: true });
  if (result.status !== "created") throw new Error("expected a new person");
  return result.person.id;
};
/** Consent given by the administrator, for the caller to withdraw. */
const freshConsent = async () =>
  (
    await (
      await adminApi()
    ).families.members.giveConsent({
      familyId: northFamilyId,
      personId: northPersonId,
      givenByPersonId: northPersonId,
      givenBy: "the_person",
      purpose: "share_information",
      givenOn: "2026-01-05",
      method: "written",
    })
  ).id;
/** A manual chronology entry in the North family written by the caller (any member of staff when nobody is signed in). */
const entryWrittenBy = async (role: StaffRole | null) => {
  const [staff] = await t.db
    .select()
    .from(schema.staffUsers)
    .where(role ? eq(schema.staffUsers.role, role) : undefined)
    .limit(1);
  return (
    await insertChronologyEntry(t.db, {
      familyId: northFamilyId,
      occurredOn: "2026-03-01",
      kind: "note",
      summary: "Matrix entry",
      recordedBy: staff!.id,
    })
  ).id;
};
/** The first demo member of staff with this role. */
const staffOfRole = async (role: StaffRole) => (await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, role)).limit(1))[0]!;
/** A person in the caller's area, restricted by the administrator and naming `named` too, for the restriction rows. */
const restrictedInAreaOf = async (role: StaffRole | null, named: string[] = []) => {
  const personId = await personInAreaOf(role);
  const admin = await staffOfRole("admin");
  await saveRestriction(t.db, {
    personId,
    category: "other",
    note: null,
    contact: "Matrix manager",
    restrictedBy: admin.id,
    restrictedAt: new Date(),
  });
  for (const staffId of named) await nameOnRestriction(t.db, personId, staffId);
  return { personId, adminId: admin.id };
};
/** A new person in the caller's own area (North for county-wide roles), for managing restrictions. */
const personInAreaOf = async (role: StaffRole | null) => {
  const [staff] = role ? [await staffOfRole(role)] : [];
  const centre = staff?.centreId ? (await t.db.select().from(schema.centres).where(eq(schema.centres.id, staff.centreId)))[0] : undefined;
  const areaId = staff?.areaId ?? centre?.areaId ?? northAreaId;
  const [person] = await t.db.insert(schema.people).values({ firstName: "Rita", lastName: "Matrix", dateOfBirth: "2019-05-04", areaId }).returning();
  return person!.id;
};
/** A no-names call in the caller's own area (North for anyone without one), for the consultation rows. */
const matrixCall = async (role: StaffRole | null, options: { level?: number } = {}) => {
  const [staff] = role ? [await staffOfRole(role)] : [];
  const [locality] = await t.db
    .select()
    .from(schema.localities)
    .where(eq(schema.localities.areaId, staff?.areaId ?? northAreaId))
    .limit(1);
  const level = options.level ?? 2;
  return {
    callerName: "Matrix caller",
    callerRole: "Teacher",
    organisationOther: "Matrix school",
    familyKind: "no_names" as const,
    childAge: 8,
    localityId: locality!.id,
    concern: "Matrix concern",
    indicatorCodes: level === 4 ? ["PC-SAF-4"] : ["PC-BAS-2"],
    adviceGiven: "Matrix advice",
    outcome: level === 4 ? ("social_care_now" as const) : ("advice_only" as const),
    level,
  };
};
/**
 * A new no-names consultation in the North, written straight to the database so that no role's
 * own audit rows come from making it; level 4 decisions wait for a senior's confirmation.
 */
/** A North family's assessment at the step a procedure needs, made for each call. */
const northAssessment = async (fields: Partial<typeof schema.earlyHelpAssessments.$inferInsert> = {}) => {
  const [row] = await t.db
    .insert(schema.earlyHelpAssessments)
    .values({
      familyId: northFamilyId,
      startedOn: "2026-01-05",
      dueOn: "2026-02-16",
      consentGivenByPersonId: northPersonId,
      consentGivenOn: "2026-01-05",
      consentMethod: "written",
      completedSections: ["consent", "leadProfessional", "child-a", "parentsViews", "analysis"],
      ...fields,
    })
    .returning();
  await t.db.insert(schema.earlyHelpAssessmentChildren).values({ assessmentId: row!.id, personId: northPersonId });
  return row!.id;
};
const matrixToday = () => londonDateOf(new Date());
/** An open Team Around the Family in North, from a completed assessment whose outcome is "Matrix outcome". */
/** A fresh North case closed with a step-down to LCSS, for each pick-up. */
const northStepDown = async () => {
  const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "admin")).limit(1);
  const { id } = await insertFssCase(t.db, {
    familyId: northFamilyId,
    areaId: northAreaId,
    keyWorkerId: staff!.id,
    reason: "Matrix step-down",
    openedOn: "2026-01-05",
    openedBy: staff!.id,
    children: [{ personId: northPersonId, category: "child_in_need" }],
  });
  await closeFssCase(t.db, id, {
    closedAt: new Date(),
    closedBy: staff!.id,
    closeReason: "Matrix",
    closeSummary: "Matrix",
    outcome: "met",
    steppedDownToLcss: true,
  });
  return id;
};
const northTaf = async () => {
  const assessmentId = await northAssessment({ status: "completed", completedOn: "2026-02-01", desiredOutcomes: ["Matrix outcome"] });
  const lead = await staffOfRole("lcss_worker");
  const [row] = await t.db
    .insert(schema.teamsAroundFamilies)
    .values({ assessmentId, familyId: northFamilyId, startedOn: "2026-02-02", leadStaffId: lead.id, createdBy: lead.id })
    .returning();
  return row!.id;
};
const northTafAction = async () => {
  const tafId = await northTaf();
  const [row] = await t.db
    .insert(schema.tafActions)
    .values({ tafId, action: "Matrix action", owner: "Matrix owner", dueOn: "2026-03-01", outcome: "Matrix outcome" })
    .returning();
  return { tafId, actionId: row!.id };
};

const northConsultation = async (options: { level?: 2 | 4 } = {}) => {
  const level = options.level ?? 2;
  const worker = await staffOfRole("lcss_worker");
  const consultation = await insertConsultation(t.db, {
    areaId: northAreaId,
    takenBy: worker.id,
    immediateRisk: false,
    familyKind: "no_names",
    childAge: 8,
    outcome: level === 4 ? "social_care_now" : "advice_only",
    status: level === 4 ? "awaiting_confirmation" : "awaiting_feedback",
  });
  await insertThresholdDecision(t.db, {
    decision: {
      consultationId: consultation.id,
      childIds: [],
      consent: "no_names",
      decidedByStaffId: worker.id,
      decidedOn: "2026-03-02",
      indicatorCodes: [],
      protectiveFactors: [],
      level,
      rationale: "Matrix",
      outcome: level === 4 ? "social_care_referral" : "advice",
    },
    suggestedLevel: level,
    seniorConfirmationRequired: level === 4,
  });
  return consultation.id;
};
/** A named North consultation with its decision made, which a request for service can come from. */
const northNamedConsultation = async () => {
  const [worker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker")).limit(1);
  const consultation = await insertConsultation(t.db, {
    areaId: northAreaId,
    takenBy: worker!.id,
    immediateRisk: false,
    familyKind: "named",
    familyId: northFamilyId,
    consentGivenBy: "Matrix parent",
    outcome: "request_for_service",
    status: "awaiting_feedback",
  });
  await insertThresholdDecision(t.db, {
    decision: {
      consultationId: consultation.id,
      childIds: [northPersonId],
      consent: "named_with_consent",
      decidedByStaffId: worker!.id,
      decidedOn: "2026-03-02",
      indicatorCodes: [],
      protectiveFactors: [],
      level: 3,
      rationale: "Matrix",
      outcome: "fss_targeted_support",
    },
    familyId: northFamilyId,
    suggestedLevel: 3,
    seniorConfirmationRequired: false,
  });
  return { id: consultation.id, takenBy: worker!.id };
};
/** A request for service received in North's FSS intake queue, written straight to the database. */
const northRequestForService = async () => {
  const consultation = await northNamedConsultation();
  return (
    await insertRequestForService(t.db, {
      areaId: northAreaId,
      familyId: northFamilyId,
      consultationId: consultation.id,
      level: 3,
      reasons: "Matrix reasons",
      triedSoFar: "Matrix tried",
      consentGivenBy: "Matrix parent",
      consentGivenOn: "2026-03-01",
      requestedBy: consultation.takenBy,
      requestedAt: new Date(),
    })
  ).id;
};
/** A North request FSS has decided, for LCSS to mark as read. */
const northDecidedRequest = async () => {
  const requestId = await northRequestForService();
  const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "admin")).limit(1);
  await t.db
    .update(schema.requestsForService)
    .set({ status: "no_further_action", decisionReason: "Matrix", decidedBy: staff!.id, decidedAt: new Date() })
    .where(eq(schema.requestsForService.id, requestId));
  return requestId;
};
/** A North allocation meeting, written straight to the database. */
let northMeetingId: string | undefined;
const northMeeting = async () => {
  if (northMeetingId) return northMeetingId;
  const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "admin")).limit(1);
  northMeetingId = (
    await insertAllocationMeeting(t.db, { areaId: northAreaId, heldOn: "2026-03-02", recordedBy: staff!.id, staffIds: [staff!.id], partners: [] })
  ).id;
  return northMeetingId;
};
const freshBooking = async (api: Api) => (await api.bookings.create(bookingInput(publicSessionId))).manageToken!;
const procedures: {
  name: string;
  /** The permission the procedure checks; "public" for anyone, "signedIn" for any member of staff. */
  permission: Permission | "public" | "signedIn";
  /** What an allowed role gets when the call names something that is not theirs or does not exist. */
  allowedAnswer?: "NOT_FOUND";
  call: (api: Api, role: StaffRole | null) => Promise<unknown>;
}[] = [
  { name: "auth.me", permission: "public", call: (api) => api.auth.me() },
  { name: "auth.ping", permission: "signedIn", call: (api) => api.auth.ping() },
  { name: "reference.areas", permission: "public", call: (api) => api.reference.areas() },
  { name: "reference.localities", permission: "public", call: (api) => api.reference.localities({}) },
  { name: "reference.centres", permission: "public", call: (api) => api.reference.centres() },
  { name: "people.search", permission: "people.search", call: (api) => api.people.search({ name: "matrix" }) },
  { name: "families.search", permission: "families.search", call: (api) => api.families.search({ name: "matrix" }) },
  { name: "people.get", permission: "people.read", call: (api) => api.people.get({ personId: northPersonId }) },
  {
    name: "people.create",
    permission: "people.create",
    call: (api, role) => api.people.create({ firstName: "New", lastName: "Person", dateOfBirth: "2020-01-01", ...ownerChoice(role) }),
  },
  {
    name: "people.update",
    permission: "people.update",
    call: (api) => api.people.update({ personId: northPersonId, changes: { lastName: "Matrix" } }),
  },
  { name: "families.get", permission: "families.read", call: (api) => api.families.get({ familyId: northFamilyId }) },
  {
    name: "families.create",
    permission: "families.create",
    call: (api, role) => api.families.create({ name: "Another household", ...ownerChoice(role) }),
  },
  {
    name: "families.update",
    permission: "families.update",
    call: (api) => api.families.update({ familyId: northFamilyId, name: "Matrix household" }),
  },
  { name: "myWork.list", permission: "myWork.read", call: (api) => api.myWork.list({}) },
  // The FSS staff are South's, so a North family's case is out of their area: NOT_FOUND, audited.
  {
    name: "cases.open",
    permission: "cases.open",
    allowedAnswer: "NOT_FOUND",
    call: (api) =>
      api.cases.open({
        familyId: northFamilyId,
        children: [{ personId: northPersonId, category: "child_in_need" }],
        keyWorkerId: northPersonId,
        reason: "Matrix",
      }),
  },
  { name: "cases.get", permission: "cases.read", allowedAnswer: "NOT_FOUND", call: async (api) => api.cases.get({ caseId: await northCase() }) },
  { name: "cases.myCaseload", permission: "cases.read", call: (api) => api.cases.myCaseload({}) },
  {
    name: "cases.recordVisit",
    permission: "cases.recordVisit",
    allowedAnswer: "NOT_FOUND",
    call: async (api) =>
      api.cases.recordVisit({
        caseId: await northCase(),
        kind: "home",
        occurredOn: "2026-03-02",
        time: "10:00",
        whoWasSeen: "Nora",
        children: [{ personId: northPersonId, seen: true, seenAlone: true }],
        narrative: "Matrix visit",
        significant: false,
      }),
  },
  {
    name: "cases.close",
    permission: "cases.close",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.cases.close({ caseId: await northCase(), reason: "Matrix", summary: "Matrix", outcome: "met" }),
  },
  {
    name: "cases.reopen",
    permission: "cases.reopen",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.cases.reopen({ caseId: await northCase(), reason: "Matrix" }),
  },
  // Statutory episodes are recorded from a case: the North case is out of the FSS staff's area.
  { name: "episodes.get", permission: "episodes.read", allowedAnswer: "NOT_FOUND", call: async (api) => api.episodes.get(await northChild()) },
  { name: "episodes.readiness", permission: "episodes.read", call: (api) => api.episodes.readiness({}) },
  {
    name: "episodes.saveReferral",
    permission: "episodes.write",
    allowedAnswer: "NOT_FOUND",
    call: async (api) =>
      api.episodes.saveReferral({
        ...(await northChild()),
        record: { referralDate: "2026-01-05", referralSource: "2A", primaryNeed: "N1", referralNfa: false },
      }),
  },
  {
    name: "episodes.saveAssessment",
    permission: "episodes.write",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.episodes.saveAssessment({ ...(await northChild()), referralId: northPersonId, record: { startDate: "2026-01-06" } }),
  },
  {
    name: "episodes.saveCinPlan",
    permission: "episodes.write",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.episodes.saveCinPlan({ ...(await northChild()), referralId: northPersonId, record: { startDate: "2026-01-06" } }),
  },
  {
    name: "episodes.saveSection47",
    permission: "episodes.write",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.episodes.saveSection47({ ...(await northChild()), referralId: northPersonId, record: { startDate: "2026-01-06" } }),
  },
  {
    name: "episodes.saveCpPlan",
    permission: "episodes.write",
    allowedAnswer: "NOT_FOUND",
    call: async (api) =>
      api.episodes.saveCpPlan({
        ...(await northChild()),
        referralId: northPersonId,
        record: { startDate: "2026-01-06", initialCategory: "NEG", latestCategory: "NEG", numberOfPreviousCpp: 0, reviewDates: [] },
      }),
  },
  {
    name: "episodes.saveClosure",
    permission: "episodes.write",
    allowedAnswer: "NOT_FOUND",
    call: async (api) =>
      api.episodes.saveClosure({
        ...(await northChild()),
        referralId: northPersonId,
        record: { closureDate: "2026-01-07", reasonForClosure: "RC7" },
      }),
  },
  {
    name: "episodes.saveLookedAfter",
    permission: "episodes.write",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.episodes.saveLookedAfter({ ...(await northChild()), record: { legalStatus: "V2", startDate: "2026-01-06" } }),
  },
  {
    name: "episodes.saveChildDetails",
    permission: "episodes.write",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.episodes.saveChildDetails({ ...(await northChild()), record: { sex: "F", ethnicity: "WBRI", disabilities: ["NONE"] } }),
  },
  // The case is North's and the FSS staff work elsewhere: every case change is answered as unknown.
  {
    name: "cases.addOutcome",
    permission: "cases.plan",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.cases.addOutcome({ caseId: await northCase(), description: "Matrix outcome" }),
  },
  {
    name: "cases.addAction",
    permission: "cases.plan",
    allowedAnswer: "NOT_FOUND",
    call: async (api) =>
      api.cases.addAction({ caseId: await northCase(), outcomeId: randomUUID(), description: "Matrix", owner: "Matrix", dueOn: "2026-06-01" }),
  },
  {
    name: "cases.updateAction",
    permission: "cases.plan",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.cases.updateAction({ caseId: await northCase(), actionId: randomUUID(), status: "done" }),
  },
  {
    name: "cases.recordReview",
    permission: "cases.plan",
    allowedAnswer: "NOT_FOUND",
    call: async (api) =>
      api.cases.recordReview({
        caseId: await northCase(),
        heldOn: "2026-03-01",
        progress: "Matrix",
        decision: "continue_plan",
        decisionNote: "Matrix",
      }),
  },
  {
    name: "cases.recordOversight",
    permission: "cases.oversee",
    allowedAnswer: "NOT_FOUND",
    call: async (api) =>
      api.cases.recordOversight({ caseId: await northCase(), kind: "supervision", decidedOn: "2026-03-01", decision: "Matrix", rationale: "Matrix" }),
  },
  {
    name: "cases.reallocate",
    permission: "cases.oversee",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.cases.reallocate({ caseId: await northCase(), keyWorkerId: randomUUID(), reason: "Matrix" }),
  },
  { name: "cases.teamWorkload", permission: "cases.oversee", call: (api) => api.cases.teamWorkload({}) },
  { name: "families.record", permission: "families.read", call: (api) => api.families.record({ familyId: northFamilyId }) },
  { name: "families.involvement", permission: "families.read", call: (api) => api.families.involvement({ familyId: northFamilyId }) },
  { name: "families.accessLog", permission: "families.accessLog", call: (api) => api.families.accessLog({ familyId: northFamilyId }) },
  {
    name: "families.alerts.add",
    permission: "families.alerts",
    call: (api) => api.families.alerts.add({ familyId: northFamilyId, kind: "risk_to_staff", text: "Do not visit alone", reviewBy: "2028-01-31" }),
  },
  {
    name: "families.alerts.review",
    permission: "families.alerts",
    call: async (api) => api.families.alerts.review({ alertId: await freshAlert(), reviewBy: "2028-02-28" }),
  },
  {
    name: "families.alerts.end",
    permission: "families.alerts",
    call: async (api) => api.families.alerts.end({ alertId: await freshAlert(), reason: "No longer needed" }),
  },
  {
    name: "families.members.add",
    permission: "families.update",
    call: async (api) => api.families.members.add({ familyId: northFamilyId, personId: await unaddedPerson(), role: "other_adult" }),
  },
  {
    name: "families.members.remove",
    permission: "families.update",
    call: async (api) => api.families.members.remove({ familyId: northFamilyId, personId: await freshMember(), reason: "Moved out" }),
  },
  {
    name: "families.members.change",
    permission: "families.update",
    call: async (api) => api.families.members.change({ familyId: northFamilyId, personId: await freshMember(), role: "other_adult" }),
  },
  {
    name: "families.members.changeRelationship",
    permission: "families.update",
    call: async (api) =>
      api.families.members.changeRelationship({
        familyId: northFamilyId,
        personId: await freshMember(),
        relativeId: northPersonId,
        relationship: "parent",
        parentalResponsibility: null,
      }),
  },
  // Every person-index role may break the glass; a South record is opened, or for South and county-wide staff simply already open.
  {
    name: "recordAccess.breakGlass",
    permission: "recordAccess.breakGlass",
    call: (api) => api.recordAccess.breakGlass({ personId: southGlassPersonId, reason: "Matrix: checking a referral from another area" }),
  },
  { name: "recordAccess.breakGlassLog", permission: "recordAccess.breakGlassLog", call: (api) => api.recordAccess.breakGlassLog() },
  {
    name: "restrictions.set",
    permission: "restrictions.manage",
    call: async (api, role) => api.restrictions.set({ personId: await personInAreaOf(role), category: "other", contact: "Matrix manager" }),
  },
  {
    name: "restrictions.lift",
    permission: "restrictions.manage",
    call: async (api, role) => api.restrictions.lift({ personId: await personInAreaOf(role) }),
  },
  {
    name: "restrictions.allowStaff",
    permission: "restrictions.manage",
    call: async (api, role) => {
      const { personId, adminId } = await restrictedInAreaOf(role);
      return api.restrictions.allowStaff({ personId, staffId: adminId });
    },
  },
  {
    name: "restrictions.removeStaff",
    permission: "restrictions.manage",
    call: async (api, role) => {
      const worker = await staffOfRole("lcss_worker");
      const { personId } = await restrictedInAreaOf(role, [worker.id]);
      return api.restrictions.removeStaff({ personId, staffId: worker.id });
    },
  },
  {
    name: "restrictions.get",
    permission: "restrictions.manage",
    call: async (api, role) => api.restrictions.get({ personId: await personInAreaOf(role) }),
  },
  { name: "restrictions.findStaff", permission: "restrictions.manage", call: (api) => api.restrictions.findStaff({ query: "an" }) },
  // A handle is made by the caller's own search; one never made is answered like an unknown record.
  {
    name: "recordAccess.breakGlassFromSearch",
    permission: "recordAccess.breakGlass",
    allowedAnswer: "NOT_FOUND",
    call: (api) =>
      api.recordAccess.breakGlassFromSearch({ handle: "AAAAAAAAAAAAAAAAAAAAAA", reason: "Matrix: checking a referral from another area" }),
  },
  { name: "people.findToMaintain", permission: "people.maintain", call: (api) => api.people.findToMaintain({ name: "matrix" }) },
  { name: "people.mergeCandidates", permission: "people.merge", call: (api) => api.people.mergeCandidates({ personId: northPersonId }) },
  {
    name: "people.mergeReview",
    permission: "people.merge",
    call: async (api) => api.people.mergeReview({ duplicateId: await personInAreaOf(null), keepId: await personInAreaOf(null) }),
  },
  {
    name: "people.merge",
    permission: "people.merge",
    call: async (api) => api.people.merge({ duplicateId: await personInAreaOf(null), keepId: await personInAreaOf(null) }),
  },
  {
    name: "families.members.changeContact",
    permission: "families.update",
    call: async (api) =>
      api.families.members.changeContact({
        familyId: northFamilyId,
        personId: await freshMember(),
        contact: { mobilePhone: "07700 900123", preferredChannel: "sms", consentToContact: false },
      }),
  },
  {
    name: "families.members.giveConsent",
    permission: "families.update",
    call: (api) =>
      api.families.members.giveConsent({
        familyId: northFamilyId,
        personId: northPersonId,
        givenByPersonId: northPersonId,
        givenBy: "the_person",
        purpose: "photographs",
        givenOn: "2026-01-05",
        method: "verbal",
      }),
  },
  {
    name: "families.members.withdrawConsent",
    permission: "families.update",
    call: async (api) =>
      api.families.members.withdrawConsent({
        familyId: northFamilyId,
        consentId: await freshConsent(),
        withdrawnOn: "2026-02-01",
        reason: "Changed their mind",
      }),
  },
  {
    name: "families.keyWorker.candidates",
    permission: "families.update",
    call: (api) => api.families.keyWorker.candidates({ familyId: northFamilyId }),
  },
  {
    name: "families.keyWorker.set",
    permission: "families.update",
    call: (api) => api.families.keyWorker.set({ familyId: northFamilyId, staffId: null }),
  },
  { name: "chronology.list", permission: "chronology.read", call: (api) => api.chronology.list({ familyId: northFamilyId }) },
  {
    name: "chronology.addEntry",
    permission: "chronology.write",
    call: (api) => api.chronology.addEntry({ familyId: northFamilyId, occurredOn: "2026-03-01", kind: "note", summary: "Matrix entry" }),
  },
  { name: "consultations.reference", permission: "consultations.read", call: (api) => api.consultations.reference({}) },
  {
    name: "consultations.recordImmediateRisk",
    permission: "consultations.write",
    call: (api) => api.consultations.recordImmediateRisk({ callerName: "Matrix caller" }),
  },
  { name: "consultations.create", permission: "consultations.write", call: async (api, role) => api.consultations.create(await matrixCall(role)) },
  { name: "consultations.list", permission: "consultations.read", call: (api) => api.consultations.list({}) },
  {
    name: "consultations.get",
    permission: "consultations.read",
    call: async (api) => api.consultations.get({ consultationId: await northConsultation() }),
  },
  // Only senior practitioners confirm, and the demo senior works in Central: a North decision is not theirs.
  {
    name: "consultations.confirmDecision",
    permission: "consultations.confirm",
    call: async (api) => api.consultations.confirmDecision({ consultationId: await northConsultation({ level: 4 }) }),
  },
  {
    name: "consultations.makeNamed",
    permission: "consultations.write",
    call: async (api) =>
      api.consultations.makeNamed({
        consultationId: await northConsultation(),
        familyId: northFamilyId,
        childIds: [northPersonId],
        consentGivenBy: "Matrix parent",
      }),
  },
  // Public: a professional without an account asks for advice, then confirms their work email.
  { name: "adviceRequests.reference", permission: "public", call: (api) => api.adviceRequests.reference({}) },
  {
    name: "adviceRequests.submit",
    permission: "public",
    call: async (api) => api.adviceRequests.submit(adviceInput(await localityIn(t.db, northAreaId))),
  },
  {
    name: "adviceRequests.confirm",
    permission: "public",
    call: async (api) => api.adviceRequests.confirm({ token: await pendingAdviceLink(t.db, northAreaId) }),
  },
  {
    name: "adviceRequests.claim",
    permission: "consultations.write",
    call: async (api) => api.adviceRequests.claim({ consultationId: await onlineConsultation(t.db, northAreaId) }),
  },
  {
    name: "consultations.recordFeedback",
    permission: "consultations.write",
    call: async (api) => api.consultations.recordFeedback({ consultationId: await northConsultation(), method: "phone" }),
  },
  {
    name: "requestsForService.create",
    permission: "requestsForService.create",
    call: async (api) =>
      api.requestsForService.create({
        consultationId: (await northNamedConsultation()).id,
        level: 3,
        reasons: "Matrix reasons",
        triedSoFar: "Matrix tried",
        consentGivenBy: "Matrix parent",
        consentGivenOn: "2026-03-01",
      }),
  },
  { name: "requestsForService.list", permission: "requestsForService.read", call: (api) => api.requestsForService.list({}) },
  // FSS's demo worker works in South and its manager in Central: a North request is neither's.
  {
    name: "requestsForService.get",
    permission: "requestsForService.read",
    call: async (api) => api.requestsForService.get({ requestId: await northRequestForService() }),
  },
  // Only a manager decides; the demo manager works in Central, so a North request is answered as unknown.
  {
    name: "requestsForService.decide",
    permission: "requestsForService.decide",
    allowedAnswer: "NOT_FOUND",
    call: async (api) =>
      api.requestsForService.decide({ requestId: await northRequestForService(), decision: "no_further_action", reason: "Matrix reason" }),
  },
  {
    name: "requestsForService.markDecisionRead",
    permission: "requestsForService.create",
    call: async (api) => api.requestsForService.markDecisionRead({ requestId: await northDecidedRequest() }),
  },
  { name: "allocationMeetings.list", permission: "allocationMeetings.read", call: (api) => api.allocationMeetings.list({}) },
  // The FSS staff work outside North, so North's meeting is answered as unknown.
  {
    name: "allocationMeetings.get",
    permission: "allocationMeetings.read",
    allowedAnswer: "NOT_FOUND",
    call: async (api) => api.allocationMeetings.get({ meetingId: await northMeeting() }),
  },
  { name: "allocationMeetings.choices", permission: "allocationMeetings.record", call: (api) => api.allocationMeetings.choices({}) },
  {
    name: "allocationMeetings.create",
    permission: "allocationMeetings.record",
    // Choosing attendees first is itself refused to the roles that may not record a meeting.
    call: async (api) => {
      const { staff } = await api.allocationMeetings.choices({});
      return api.allocationMeetings.create({ heldOn: londonDateOf(new Date()), staffIds: [staff[0]!.id], partners: [] });
    },
  },
  {
    name: "chronology.editEntry",
    permission: "chronology.write",
    call: async (api, role) =>
      api.chronology.editEntry({
        entryId: await entryWrittenBy(role),
        occurredOn: "2026-03-02",
        kind: "contact",
        summary: "Matrix entry, corrected",
      }),
  },
  {
    name: "assessments.start",
    permission: "assessments.write",
    call: (api) => api.assessments.start({ familyId: northFamilyId, childIds: [northPersonId], adultIds: [], startedOn: "2026-03-01" }),
  },
  { name: "assessments.list", permission: "assessments.read", call: (api) => api.assessments.list({ status: "completed" }) },
  { name: "assessments.get", permission: "assessments.read", call: async (api) => api.assessments.get({ assessmentId: await northAssessment() }) },
  {
    name: "assessments.saveSection",
    permission: "assessments.write",
    call: async (api) =>
      api.assessments.saveSection({ assessmentId: await northAssessment(), content: { section: "parentsViews", parentsViews: "Matrix views" } }),
  },
  {
    name: "assessments.withdrawConsent",
    permission: "assessments.write",
    call: async (api) => api.assessments.withdrawConsent({ assessmentId: await northAssessment(), withdrawnOn: "2026-02-01" }),
  },
  {
    name: "assessments.complete",
    permission: "assessments.write",
    call: async (api) => api.assessments.complete({ assessmentId: await northAssessment(), on: matrixToday() }),
  },
  // Only senior practitioners sign off, return and audit, and the demo senior works in Central: a North assessment is not theirs.
  {
    name: "assessments.signOff",
    permission: "assessments.signOff",
    call: async (api) =>
      api.assessments.signOff({ assessmentId: await northAssessment({ status: "completed", completedOn: "2026-02-01" }), on: matrixToday() }),
  },
  {
    name: "assessments.returnToAuthor",
    permission: "assessments.signOff",
    call: async (api) =>
      api.assessments.returnToAuthor({
        assessmentId: await northAssessment({ status: "completed", completedOn: "2026-02-01" }),
        comments: "Matrix comments",
      }),
  },
  {
    name: "assessments.review",
    permission: "assessments.write",
    call: async (api) =>
      api.assessments.review({
        assessmentId: await northAssessment({ status: "signed_off", completedOn: "2026-02-01", signedOffOn: "2026-02-02" }),
        on: matrixToday(),
        summary: "Matrix review",
      }),
  },
  {
    name: "assessments.qualityAudit",
    permission: "assessments.audit",
    call: async (api) =>
      api.assessments.qualityAudit({
        assessmentId: await northAssessment({ status: "completed", completedOn: "2026-02-01" }),
        rating: "good",
        feedback: "Matrix feedback",
      }),
  },
  {
    name: "taf.start",
    permission: "taf.write",
    call: async (api) =>
      api.taf.start({ assessmentId: await northAssessment({ status: "completed", completedOn: "2026-02-01" }), startedOn: matrixToday() }),
  },
  { name: "lcssHome.figures", permission: "lcssHome.read", call: (api) => api.lcssHome.figures({}) },
  { name: "fssHome.figures", permission: "fssHome.read", call: (api) => api.fssHome.figures({}) },
  { name: "taf.list", permission: "taf.read", call: (api) => api.taf.list({ mine: true }) },
  { name: "taf.get", permission: "taf.read", call: async (api) => api.taf.get({ tafId: await northTaf() }) },
  { name: "taf.ofAssessment", permission: "taf.read", call: async (api) => api.taf.ofAssessment({ assessmentId: await northAssessment() }) },
  {
    name: "taf.addMember",
    permission: "taf.write",
    call: async (api) => api.taf.addMember({ tafId: await northTaf(), kind: "agency", name: "Matrix nurse", agency: "Health visiting" }),
  },
  { name: "stepDowns.list", permission: "stepDowns.read", call: (api) => api.stepDowns.list({}) },
  { name: "stepDowns.pickUp", permission: "stepDowns.pickUp", call: async (api) => api.stepDowns.pickUp({ caseId: await northStepDown() }) },
  {
    name: "taf.scheduleMeeting",
    permission: "taf.write",
    call: async (api) => api.taf.scheduleMeeting({ tafId: await northTaf(), scheduledOn: "2099-01-01", startsAt: "10:00", venue: "Matrix centre" }),
  },
  {
    name: "taf.recordMeeting",
    permission: "taf.write",
    call: async (api) =>
      api.taf.recordMeeting({ tafId: await northTaf(), heldOn: matrixToday(), attendees: ["Matrix"], apologies: [], summary: "Matrix meeting" }),
  },
  {
    name: "taf.addAction",
    permission: "taf.write",
    call: async (api) =>
      api.taf.addAction({ tafId: await northTaf(), action: "Matrix action", owner: "Matrix owner", dueOn: "2026-03-01", outcome: "Matrix outcome" }),
  },
  {
    name: "taf.setActionStatus",
    permission: "taf.write",
    call: async (api) => api.taf.setActionStatus({ ...(await northTafAction()), status: "done" }),
  },
  {
    name: "taf.scheduleReview",
    permission: "taf.write",
    call: async (api) => api.taf.scheduleReview({ tafId: await northTaf(), dueOn: "2099-01-01" }),
  },
  {
    name: "taf.recordReview",
    permission: "taf.write",
    call: async (api) => api.taf.recordReview({ tafId: await northTaf(), heldOn: matrixToday(), summary: "Matrix review" }),
  },
  {
    name: "taf.close",
    permission: "taf.write",
    call: async (api) => api.taf.close({ tafId: await northTaf(), closedOn: matrixToday(), reason: "outcomes_met", summary: "Matrix close" }),
  },
  { name: "directory.search", permission: "public", call: (api) => api.directory.search({ postcode: "OX16 1AA", age: 3 }) },
  { name: "directory.service", permission: "public", call: async (api) => api.directory.service({ serviceId: await storedDirectoryEntry() }) },
  { name: "directory.list", permission: "directory.read", call: (api) => api.directory.list({}) },
  { name: "directory.get", permission: "directory.read", call: async (api) => api.directory.get({ serviceId: await storedDirectoryEntry() }) },
  { name: "directory.keepers", permission: "directory.edit", call: (api) => api.directory.keepers() },
  { name: "directory.create", permission: "directory.edit", call: async (api) => api.directory.create(await matrixDirectoryEntry()) },
  {
    name: "directory.update",
    permission: "directory.edit",
    call: async (api) => api.directory.update({ serviceId: await storedDirectoryEntry(), ...(await matrixDirectoryEntry()) }),
  },
  // A year of its own for each role let through, since a second run of a year while one runs is refused.
  {
    name: "returns.startCinCensus",
    permission: "returns.run",
    call: (api, role) => api.returns.startCinCensus({ referenceDate: role === "admin" ? "2031-03-31" : "2030-03-31" }),
  },
  { name: "returns.cinCensusRuns", permission: "returns.read", call: (api) => api.returns.cinCensusRuns({}) },
  // A month of its own for each role let through, since a second run of a month while one runs is refused.
  {
    name: "returns.startNccis",
    permission: "returns.nccis",
    call: (api, role) => api.returns.startNccis({ month: role === "admin" ? "2025-01" : role === "eet_officer" ? "2025-02" : "2025-03" }),
  },
  { name: "returns.nccisRuns", permission: "returns.nccis", call: (api) => api.returns.nccisRuns({}) },
  { name: "neet.chaseList", permission: "neet.read", call: (api) => api.neet.chaseList({}) },
  { name: "neet.youngPerson", permission: "neet.read", call: (api) => api.neet.youngPerson({ personId: northPersonId }) },
  {
    name: "neet.recordActivity",
    permission: "neet.record",
    // 810 (not known) may be recorded at any age, so the person's date of birth does not matter here.
    call: (api) =>
      api.neet.recordActivity({
        personId: northPersonId,
        activityCode: "810",
        startDate: "2026-01-01",
        lastConfirmedOn: "2026-01-01",
        source: "school",
      }),
  },
  { name: "neet.figures", permission: "neet.read", call: (api) => api.neet.figures({ months: 1 }) },
  { name: "sessions.types", permission: "public", call: (api) => api.sessions.types() },
  { name: "sessions.search", permission: "public", call: (api) => api.sessions.search({ childAgeYears: 2 }) },
  { name: "sessions.get", permission: "public", call: (api) => api.sessions.get({ sessionId: publicSessionId }) },
  { name: "bookings.create", permission: "public", call: (api) => api.bookings.create(bookingInput(publicSessionId)) },
  { name: "bookings.manage.get", permission: "public", call: async (api) => api.bookings.manage.get({ token: await freshBooking(api) }) },
  { name: "bookings.manage.cancel", permission: "public", call: async (api) => api.bookings.manage.cancel({ token: await freshBooking(api) }) },
  {
    name: "bookings.manage.addChild",
    permission: "public",
    call: async (api) =>
      api.bookings.manage.addChild({ token: await freshBooking(api), child: { firstName: "Sib", dateOfBirth: "2022-01-01", send: false } }),
  },
  {
    name: "bookings.manage.removeChild",
    permission: "public",
    call: async (api) => {
      const token = await freshBooking(api);
      const added = await api.bookings.manage.addChild({ token, child: { firstName: "Sib", dateOfBirth: "2022-01-01", send: false } });
      return api.bookings.manage.removeChild({ token, childId: added.children[1]!.id });
    },
  },
  {
    name: "centreSessions.list",
    permission: "centreSessions.manage",
    call: async (api, role) =>
      api.centreSessions.list({ centreId: await centreIdOf(t.db, homeCentre(role)), from: daysFromToday(0), to: daysFromToday(7) }),
  },
  {
    name: "centreSessions.day",
    permission: "centreSessions.manage",
    call: async (api, role) => api.centreSessions.day({ centreId: await centreIdOf(t.db, homeCentre(role)), date: daysFromToday(3) }),
  },
  {
    name: "centreSessions.register",
    permission: "centreSessions.manage",
    call: async (api, role) => api.centreSessions.register({ sessionId: await sessionAt(role) }),
  },
  {
    name: "centreSessions.create",
    permission: "centreSessions.manage",
    call: async (api, role) =>
      api.centreSessions.create({
        centreId: await centreIdOf(t.db, homeCentre(role)),
        sessionTypeId: await sessionTypeIdOf(t.db, "stay_play_learn"),
        title: "Matrix session",
        date: daysFromToday(9),
        startTime: "10:00",
        endTime: "11:00",
        capacity: 10,
      }),
  },
  {
    name: "centreSessions.update",
    permission: "centreSessions.manage",
    call: async (api, role) => api.centreSessions.update({ sessionId: await sessionAt(role), title: "Renamed" }),
  },
  {
    name: "centreSessions.cancel",
    permission: "centreSessions.manage",
    call: async (api, role) => api.centreSessions.cancel({ sessionId: await sessionAt(role), reason: "Matrix" }),
  },
  {
    name: "centreSessions.createSeries",
    permission: "centreSessions.manage",
    call: async (api, role) =>
      api.centreSessions.createSeries({
        centreId: await centreIdOf(t.db, homeCentre(role)),
        sessionTypeId: await sessionTypeIdOf(t.db, "stay_play_learn"),
        title: "Matrix series",
        firstDate: "2028-03-06",
        lastDate: "2028-03-20",
        startTime: "10:00",
        endTime: "11:00",
        capacity: 10,
      }),
  },
  {
    name: "centreSessions.previewSeries",
    permission: "centreSessions.manage",
    call: async (api, role) =>
      api.centreSessions.previewSeries({ centreId: await centreIdOf(t.db, homeCentre(role)), firstDate: "2028-03-06", lastDate: "2028-03-20" }),
  },
  {
    name: "centreSessions.updateSeries",
    permission: "centreSessions.manage",
    call: async (api, role) => api.centreSessions.updateSeries({ seriesId: await seriesAt(role), title: "Renamed" }),
  },
  {
    name: "centreSessions.cancelSeries",
    permission: "centreSessions.manage",
    call: async (api, role) => api.centreSessions.cancelSeries({ seriesId: await seriesAt(role), reason: "Matrix" }),
  },
  { name: "centreSessions.walkIn", permission: "centreSessions.manage", call: async (api, role) => walkIn(api, await todaysSession(role)) },
  {
    name: "centreSessions.checkIn",
    permission: "centreSessions.manage",
    call: async (api, role) => {
      const sessionId = await todaysSession(role);
      const registered = await walkIn(api, sessionId);
      return api.centreSessions.checkIn({ sessionId, personId: registered.children[0]!.personId, status: "did_not_attend" });
    },
  },
  {
    name: "centreSessions.cancelBooking",
    permission: "centreSessions.manage",
    call: async (api, role) => {
      const made = await (await client(t.db).call()).bookings.create(bookingInput(await sessionAt(role)));
      const [booking] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, made.reference));
      return api.centreSessions.cancelBooking({ bookingId: booking!.id, reason: "Parent rang" });
    },
  },
  {
    name: "centreSessions.reach",
    permission: "reach.read",
    call: async (api, role) =>
      api.centreSessions.reach({ centreId: await centreIdOf(t.db, homeCentre(role)), fromMonth: "2026-01", toMonth: "2026-12" }),
  },
  {
    name: "centreSessions.closures.list",
    permission: "centreSessions.manage",
    call: async (api, role) => api.centreSessions.closures.list({ centreId: await centreIdOf(t.db, homeCentre(role)) }),
  },
  {
    name: "centreSessions.closures.create",
    permission: "centreSessions.manage",
    call: async (api, role) =>
      api.centreSessions.closures.create({
        centreId: await centreIdOf(t.db, homeCentre(role)),
        from: "2028-08-01",
        to: "2028-08-02",
        reason: "Matrix",
        sessions: "cancel",
      }),
  },
  {
    name: "centreSessions.closures.remove",
    permission: "centreSessions.manage",
    call: async (api, role) => {
      const centreId = await centreIdOf(t.db, homeCentre(role));
      const closure = await insertCentreClosure(t.db, { centreId, startsOn: "2028-09-01", endsOn: "2028-09-01", reason: "Matrix" });
      return api.centreSessions.closures.remove({ closureId: closure.id });
    },
  },
  { name: "familyMatches.list", permission: "familyMatches.check", call: (api) => api.familyMatches.list() },
  {
    name: "familyMatches.confirm",
    permission: "familyMatches.check",
    call: async (api, role) => api.familyMatches.confirm({ matchId: await matchAt(role) }),
  },
  {
    name: "familyMatches.reject",
    permission: "familyMatches.check",
    call: async (api, role) => api.familyMatches.reject({ matchId: await matchAt(role) }),
  },
  { name: "notifications.outbox", permission: "notifications.read", call: (api) => api.notifications.outbox({ limit: 10 }) },
  { name: "notifications.failed", permission: "notifications.read", call: (api) => api.notifications.failed({ limit: 10 }) },
  // Retrying a real failed message is tested in notifications.test.ts; here, the role check.
  {
    name: "notifications.retry",
    permission: "notifications.retry",
    allowedAnswer: "NOT_FOUND",
    call: (api) => api.notifications.retry({ deliveryId: 999_999_999 }),
  },
  { name: "thresholds.indicators", permission: "thresholdIndicators.read", call: (api) => api.thresholds.indicators() },
  { name: "thresholds.createIndicator", permission: "thresholdIndicators.edit", call: (api) => api.thresholds.createIndicator(matrixIndicator()) },
  {
    name: "thresholds.updateIndicator",
    permission: "thresholdIndicators.edit",
    call: async (api) => api.thresholds.updateIndicator({ indicatorId: await storedIndicator(), ...matrixIndicator() }),
  },
  {
    name: "thresholds.retireIndicator",
    permission: "thresholdIndicators.edit",
    call: async (api) => api.thresholds.retireIndicator({ indicatorId: await storedIndicator() }),
  },
  { name: "programmes.catalogue", permission: "programmes.read", call: (api) => api.programmes.catalogue() },
  { name: "programmes.create", permission: "programmes.edit", call: (api) => api.programmes.create(matrixProgramme()) },
  {
    name: "programmes.update",
    permission: "programmes.edit",
    call: async (api) => api.programmes.update({ programmeId: await storedProgramme(), ...matrixProgramme() }),
  },
  { name: "staff.list", permission: "staff.manage", call: (api) => api.staff.list({ status: "all" }) },
  { name: "staff.get", permission: "staff.manage", call: async (api) => api.staff.get({ staffId: (await staffOfRole("lcss_worker")).id }) },
  {
    name: "staff.invite",
    permission: "staff.manage",
    call: (api) =>
      api.staff.invite({ displayName: "Matrix Invitee", email: `matrix.${++throwaways}@hearth.test`, role: "lcss_worker", areaId: northAreaId }),
  },
  { name: "staff.reinvite", permission: "staff.manage", call: async (api) => api.staff.reinvite({ staffId: await throwawayStaff() }) },
  {
    name: "staff.change",
    permission: "staff.manage",
    call: async (api) => api.staff.change({ staffId: await throwawayStaff(), role: "lcss_senior", areaId: northAreaId }),
  },
  { name: "staff.deactivate", permission: "staff.manage", call: async (api) => api.staff.deactivate({ staffId: await throwawayStaff() }) },
  { name: "staff.reactivate", permission: "staff.manage", call: async (api) => api.staff.reactivate({ staffId: await throwawayStaff(false) }) },
  {
    name: "records.accessLog",
    permission: "records.accessLog",
    call: async (api, role) => api.records.accessLog({ personId: await personInAreaOf(role) }),
  },
  {
    name: "records.accessLogCsv",
    permission: "records.accessLog",
    call: async (api, role) => api.records.accessLogCsv({ personId: await personInAreaOf(role) }),
  },
  {
    name: "records.subjectAccess",
    permission: "records.subjectAccess",
    call: async (api, role) => api.records.subjectAccess({ personId: await personInAreaOf(role) }),
  },
  { name: "programmeRuns.list", permission: "programmeRuns.read", call: (api) => api.programmeRuns.list({}) },
  { name: "programmeRuns.get", permission: "programmeRuns.read", call: async (api) => api.programmeRuns.get({ runId: await northRun() }) },
  {
    name: "programmeRuns.create",
    permission: "programmeRuns.manage",
    call: async (api, role) =>
      api.programmeRuns.create({
        programmeId: await storedProgramme(),
        venue: { name: "Matrix outreach", postcode: "OX16 1AA" },
        schedule: { weekday: "monday", startTime: "10:00", endTime: "11:00", startsOn: "2028-03-06" },
        facilitators: [{ name: "Matrix Facilitator" }],
        capacity: 8,
        ...ownerChoice(role),
      }),
  },
  {
    name: "programmeRuns.setStatus",
    permission: "programmeRuns.manage",
    call: async (api) => api.programmeRuns.setStatus({ runId: await northRun(), status: "running" }),
  },
  {
    name: "programmeRuns.refer",
    permission: "programmeRuns.refer",
    // A self-referral at a centre the role may record one at (its own, or one in its area), so only the run's area decides.
    call: async (api, role) => api.programmeRuns.refer({ ...matrixReferral(await northRun()), centreId: await centreOfRole(role) }),
  },
  { name: "programmeRuns.facilitators", permission: "programmeRuns.manage", call: (api) => api.programmeRuns.facilitators({}) },
  { name: "programmeRuns.openForReferral", permission: "programmeRuns.refer", call: (api) => api.programmeRuns.openForReferral({}) },
  {
    name: "programmeRuns.answerOffer",
    permission: "programmeRuns.enrol",
    call: async (api) => api.programmeRuns.answerOffer({ referralId: await offeredReferral(), answer: "accept" }),
  },
  {
    name: "programmeRuns.register",
    permission: "programmeRuns.register",
    call: async (api) => api.programmeRuns.register({ runId: await northRun(), sessionDate: londonDateOf(new Date()) }),
  },
  {
    name: "programmeRuns.recordRegister",
    permission: "programmeRuns.register",
    call: async (api) => {
      const { runId, enrolmentId } = await northEnrolment();
      return api.programmeRuns.recordRegister({ runId, sessionDate: londonDateOf(new Date()), marks: [{ enrolmentId, status: "attended" }] });
    },
  },
  { name: "programmeRuns.report", permission: "programmeRuns.report", call: async (api) => api.programmeRuns.report({ runId: await northRun() }) },
  {
    name: "programmeRuns.programmeFigures",
    permission: "programmeRuns.report",
    call: async (api) => api.programmeRuns.programmeFigures({ programmeId: await storedProgramme() }),
  },
  {
    name: "outcomeMeasures.record",
    permission: "outcomeMeasures.record",
    call: (api) =>
      api.outcomeMeasures.record({
        measure: "wemwbs",
        personId: northPersonId,
        point: "review",
        takenOn: "2026-01-05",
        answers: Array<number>(14).fill(3),
      }),
  },
  { name: "outcomeMeasures.ofPerson", permission: "outcomeMeasures.read", call: (api) => api.outcomeMeasures.ofPerson({ personId: northPersonId }) },
  // Dashboards (issue 15 §2), asked for North: a manager of another area is answered NOT_FOUND.
  ...(["referrals", "casework", "programmes", "reach", "neet"] as const).map((figures) => ({
    name: `dashboards.${figures}`,
    permission: "dashboards.read" as const,
    call: (api: Api) => api.dashboards[figures]({ areaId: northAreaId }),
  })),
  { name: "drafts.get", permission: "drafts.use", call: (api) => api.drafts.get({ formKey: "person.create" }) },
  { name: "drafts.save", permission: "drafts.use", call: (api) => api.drafts.save({ formKey: "person.create", data: { firstName: "Ada" } }) },
  { name: "drafts.discard", permission: "drafts.use", call: (api) => api.drafts.discard({ formKey: "person.create" }) },
];

/** Public and signed-in-only procedures let every role through; the rest, the roles the map names. */
const rolesAllowed = (permission: Permission | "public" | "signedIn"): readonly StaffRole[] =>
  permission === "public" || permission === "signedIn" ? staffRoles : rolesFor(permission);

// Staff who may use the person index but work outside the North area, where the records above live.
const outsideNorth: StaffRole[] = ["lcss_senior", "fss_worker", "fss_manager", "centre_staff"];

describe("access to every procedure by every role", () => {
  // Signing in and out, and setting a password from an invitation (which signs its holder in), change
  // the caller's own session; auth.test.ts and staff-accounts.test.ts test them.
  it("covers every procedure in the router", async () => {
    const { appRouter } = await import("../src/root");
    const all = Object.keys(appRouter._def.procedures).filter((p) => !["auth.signIn", "auth.signOut", "auth.setPassword"].includes(p));
    expect(procedures.map((p) => p.name).sort()).toEqual(all.sort());
  });

  for (const procedure of procedures) {
    describe(procedure.name, () => {
      it("without a session: allowed only if public", async () => {
        const result = procedure.call(await client(t.db).call(), null);
        if (procedure.permission === "public") await expect(result).resolves.toBeDefined();
        else await expect(result).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      });

      for (const role of staffRoles) {
        const allowed = rolesAllowed(procedure.permission).includes(role);
        const recordInNorth =
          /people\.(get|update)|families\.(?!create|search)|chronology\.|consultations\.(get|confirmDecision|makeNamed|recordFeedback)|requestsForService\.(create|get|markDecisionRead)|assessments\.(?!list)|taf\.(?!list)|stepDowns\.pickUp|adviceRequests\.claim|programmeRuns\.(get|setStatus|refer|answerOffer|register|recordRegister|report)$|outcomeMeasures\.|dashboards\./.test(
            procedure.name,
          );
        const expectation = !allowed
          ? "FORBIDDEN"
          : (procedure.allowedAnswer ?? (recordInNorth && outsideNorth.includes(role) ? "NOT_FOUND" : "allowed"));
        it(`${role}: ${expectation}`, async () => {
          const before = (await auditRows(t.db)).length;
          const result = procedure.call(await callers.get(role)!.call(), role);
          if (expectation === "allowed") {
            await expect(result).resolves.toBeDefined();
            return;
          }
          await expect(result).rejects.toMatchObject({ code: expectation });
          // What this role did: fixtures made on the way (a family's booking) are not theirs.
          const written = (await auditRows(t.db)).slice(before).filter((r) => r.actorRole === role);
          expect(written).toEqual([expect.objectContaining({ outcome: "denied", actorRole: role })]);
        });
      }
    });
  }
});

describe("out of area", () => {
  it("a North worker asking for a South record gets NOT_FOUND, exactly as for an unknown id", async () => {
    const api = await callers.get("lcss_worker")!.call();
    const outOfArea = await api.people.get({ personId: southPersonId }).catch((e: unknown) => e);
    const unknown = await api.people.get({ personId: "00000000-0000-4000-8000-000000000000" }).catch((e: unknown) => e);
    expect(outOfArea).toMatchObject({ code: "NOT_FOUND", message: "No record was found" });
    expect(unknown).toMatchObject({ code: "NOT_FOUND", message: "No record was found" });
  });

  it("searching another area explicitly is FORBIDDEN and audited", async () => {
    const api = await callers.get("lcss_worker")!.call();
    await expect(api.people.search({ name: "matrix", areaId: await areaIdOf(t.db, "south") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const last = (await auditRows(t.db)).at(-1);
    expect(last).toMatchObject({ outcome: "denied", action: "people.search", entityType: "area" });
  });

  it("search finds only records in the caller's area; county-wide roles see all", async () => {
    // By first name: the matrix rows make many more "Matrix" people than one page of results.
    const worker = await callers.get("lcss_worker")!.call();
    expect(recordsOf(await worker.people.search({ name: "Nora" })).map((p) => p.id)).toContain(northPersonId);
    expect(recordsOf(await worker.people.search({ name: "Sid" })).map((p) => p.id)).not.toContain(southPersonId);
    const county = await callers.get("eet_officer")!.call();
    expect(recordsOf(await county.people.search({ name: "Nora" })).map((p) => p.id)).toContain(northPersonId);
    expect(recordsOf(await county.people.search({ name: "Sid" })).map((p) => p.id)).toContain(southPersonId);
  });

  it("creating a person with a postcode in another area is refused on the postcode field", async () => {
    const api = await callers.get("lcss_worker")!.call();
    const refused = await rejection(api.people.create({ firstName: "Far", lastName: "Away", dateOfBirth: "2018-01-01", postcode: "OX14 3AA" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.postcode?.[0]).toMatch(/outside your area/);
  });
});
