import fc from "fast-check";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq, sql } from "drizzle-orm";
import {
  closeFssCase,
  DEMO_PASSWORD,
  insertCentreClosure,
  insertCinReferral,
  insertEnrolment,
  insertFssCase,
  insertProgramme,
  insertProgrammeRun,
  insertSessionSeries,
  insertThresholdIndicator,
  nameOnRestriction,
  rawRows,
  saveRestriction,
  schema,
} from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import type { StaffRole } from "@hearth/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/context";
import { appRouter } from "../src/root";
import { adviceInput, localityIn, onlineConsultation, pendingAdviceLink } from "./advice-request-support";
import { bookingInput, centreIdOf, daysFromToday, newSession, sessionTypeIdOf } from "./booking-support";
import { client, MemoryCookies, signedInAs, testConfig, unlimited } from "./support";

/**
 * Issue 9: arbitrary input to any procedure must be refused politely (a 4xx with a message) or
 * accepted, never answered with a 5xx or with the database's words, and a refusal must leave no
 * row behind. Every procedure gets a caller allowed to use it and a valid input; the property
 * bends that input (control characters, lone surrogates, impossible dates, huge strings, fields
 * dropped so an update changes nothing, values of the wrong type) and sends it through tRPC's
 * real HTTP handler. A procedure added without a seed below fails the coverage test.
 */
let t: TestDatabase;
const jars = new Map<StaffRole, MemoryCookies>();
const fixtures: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  for (const role of ["admin", "centre_staff", "lcss_senior", "fss_manager", "data_officer"] as const)
    jars.set(role, (await signedInAs(t.db, role)).cookies);
  const api = await (await signedInAs(t.db, "admin")).call();
  const person = await api.people.create({ firstName: "Fuzz", lastName: "Target", dateOfBirth: "2019-05-04", postcode: "OX4 1AA" });
  if (person.status !== "created") throw new Error("expected a new person");
  fixtures.personId = person.person.id;
  const sibling = await api.people.create({
    firstName: "Fuzzy",
    lastName: "Target",
    dateOfBirth: "2021-08-09",
    postcode: "OX4 1AA",
    confirmedNotDuplicate: true,
  });
  if (sibling.status !== "created") throw new Error("expected a new person");
  fixtures.siblingId = sibling.person.id;
  fixtures.familyId = (
    await api.families.create({
      name: "Fuzz household",
      postcode: "OX4 1AA",
      members: [
        { personId: person.person.id, role: "child" },
        { personId: sibling.person.id, role: "child" },
      ],
    })
  ).id;
  // Restrictions get people of their own, so restricting one never hides the record other seeds read.
  const [adminStaff] = await rawRows<{ id: string }>(t.db, sql`select id from staff_users where role = 'admin' limit 1`);
  fixtures.adminStaffId = adminStaff!.id;
  for (const key of ["restrictPersonId", "restrictedPersonId", "mergeDuplicateId", "mergeKeepId"]) {
    const made = await api.people.create({
      firstName: "Fuzz",
      lastName: key,
      dateOfBirth: "2019-05-04",
      postcode: "OX4 1AA",
      confirmedNotDuplicate: true,
    });
    if (made.status !== "created") throw new Error("expected a new person");
    fixtures[key] = made.person.id;
  }
  await saveRestriction(t.db, {
    personId: fixtures.restrictedPersonId!,
    category: "other",
    note: null,
    contact: "Central LCSS manager",
    restrictedBy: fixtures.adminStaffId,
    restrictedAt: new Date(),
  });
  const [named] = await rawRows<{ id: string; area_id: string }>(t.db, sql`select id, area_id from staff_users where role = 'fss_manager' limit 1`);
  fixtures.namedStaffId = named!.id;
  // A second FSS worker in the manager's area, for cases.reallocate: the case is the manager's.
  const [otherFss] = await t.db
    .insert(schema.staffUsers)
    .values({ email: "fss.fuzz@hearth.test", displayName: "Fuzz Worker", role: "fss_worker", areaId: named!.area_id })
    .returning();
  fixtures.otherFssStaffId = otherFss!.id;
  await nameOnRestriction(t.db, fixtures.restrictedPersonId!, fixtures.namedStaffId);
  // A South person found by a Central manager's search comes back with a handle, not an id.
  await api.people.create({ firstName: "Fuzz", lastName: "Faraway", dateOfBirth: "2019-05-04", postcode: "OX14 3AA", confirmedNotDuplicate: true });
  const found = await (await (await signedInAs(t.db, "lcss_senior")).call()).people.search({ name: "Fuzz Faraway" });
  const elsewhere = found.find((r) => r.kind === "elsewhere");
  if (elsewhere?.kind !== "elsewhere") throw new Error("expected a result known elsewhere");
  fixtures.handle = elsewhere.handle;
  fixtures.centreId = await centreIdOf(t.db, "blackbird-leys");
  fixtures.sessionTypeId = await sessionTypeIdOf(t.db, "stay_play_learn");
  fixtures.sessionId = await newSession(t.db, { capacity: 100_000 });
  fixtures.todaysSessionId = await newSession(t.db, { capacity: 100_000, date: daysFromToday(0), startTime: "00:00", endTime: "23:59" });
  fixtures.doomedSessionId = await newSession(t.db, { capacity: 10 });
  const walkedIn = await (
    await (await signedInAs(t.db, "centre_staff")).call()
  ).centreSessions.walkIn({
    sessionId: fixtures.todaysSessionId,
    carerName: "Walk In",
    postcode: "OX4 1AA",
    children: [{ firstName: "Wally", dateOfBirth: "2023-01-01", send: false }],
  });
  fixtures.walkInPersonId = walkedIn.children[0]!.personId;
  fixtures.alertId = (await api.families.alerts.add({ familyId: fixtures.familyId, kind: "other", text: "Fuzz alert", reviewBy: "2028-01-31" })).id;
  fixtures.consentId = (
    await api.families.members.giveConsent({
      familyId: fixtures.familyId,
      personId: fixtures.personId,
      givenByPersonId: fixtures.personId,
      givenBy: "the_person",
      purpose: "share_information",
      givenOn: "2026-01-05",
      method: "written",
    })
  ).id;
  const [keyWorker] = await rawRows<{ id: string }>(t.db, sql`select id from staff_users where role = 'lcss_senior' limit 1`);
  fixtures.keyWorkerId = keyWorker!.id;
  fixtures.entryId = (
    await (
      await (await signedInAs(t.db, "lcss_senior")).call()
    ).chronology.addEntry({ familyId: fixtures.familyId, occurredOn: "2026-03-01", kind: "note", summary: "Fuzz entry" })
  ).id;
  const [adviceSenior] = await rawRows<{ area_id: string }>(t.db, sql`select area_id from staff_users where role = 'lcss_senior' limit 1`);
  fixtures.adviceLocalityId = await localityIn(t.db, adviceSenior!.area_id);
  fixtures.adviceToken = await pendingAdviceLink(t.db, adviceSenior!.area_id);
  fixtures.onlineConsultationId = await onlineConsultation(t.db, adviceSenior!.area_id);
  // A case FSS closed with a step-down to LCSS, for LCSS to pick up (before the open case below,
  // so the family never has two open cases).
  const [fuzzFamily] = await t.db.select().from(schema.families).where(eq(schema.families.id, fixtures.familyId));
  const stepDown = await insertFssCase(t.db, {
    familyId: fixtures.familyId,
    areaId: fuzzFamily!.areaId,
    keyWorkerId: fixtures.namedStaffId,
    reason: "Fuzz step-down",
    openedOn: daysFromToday(-30),
    openedBy: fixtures.namedStaffId,
    children: [{ personId: fixtures.personId, category: "child_in_need" }],
  });
  await closeFssCase(t.db, stepDown.id, {
    closedAt: new Date(),
    closedBy: fixtures.namedStaffId,
    closeReason: "Fuzz",
    closeSummary: "Fuzz",
    outcome: "met",
    steppedDownToLcss: true,
  });
  fixtures.stepDownCaseId = stepDown.id;
  fixtures.caseId = (
    await (
      await (await signedInAs(t.db, "fss_manager")).call()
    ).cases.open({
      familyId: fixtures.familyId,
      children: [{ personId: fixtures.personId, category: "child_protection_plan" }],
      keyWorkerId: fixtures.namedStaffId,
      reason: "Fuzz case",
    })
  ).caseId;
  fixtures.referralId = (
    await insertCinReferral(t.db, {
      referral: { childId: fixtures.personId, referralDate: daysFromToday(-40), referralSource: "2A", primaryNeed: "N1", referralNfa: false },
    })
  ).id;
  const caseApi = await (await signedInAs(t.db, "fss_manager")).call();
  fixtures.outcomeId = (await caseApi.cases.addOutcome({ caseId: fixtures.caseId, description: "Fuzz outcome" })).id;
  fixtures.actionId = (
    await caseApi.cases.addAction({
      caseId: fixtures.caseId,
      outcomeId: fixtures.outcomeId,
      description: "Fuzz action",
      owner: "Fuzz",
      dueOn: "2026-12-31",
    })
  ).id;
  fixtures.meetingId = (
    await (
      await (await signedInAs(t.db, "fss_manager")).call()
    ).allocationMeetings.create({
      heldOn: "2026-03-02",
      staffIds: [fixtures.namedStaffId],
      partners: [{ name: "Fuzz Health", agency: "Health visiting" }],
    })
  ).meetingId;
  fixtures.doomedToken = (await (await client(t.db).call()).bookings.create(bookingInput(fixtures.sessionId))).manageToken!;
  const booked = await (await client(t.db).call()).bookings.create(bookingInput(fixtures.sessionId));
  fixtures.token = booked.manageToken!;
  const managed = await (await client(t.db).call()).bookings.manage.get({ token: fixtures.token });
  fixtures.childId = managed.children[0]!.id;
  const [booking] = await rawRows<{ id: string }>(t.db, sql`select id from bookings where reference = ${booked.reference}`);
  fixtures.bookingId = booking!.id;
  fixtures.seriesId = (
    await insertSessionSeries(t.db, {
      centreId: fixtures.centreId,
      sessionTypeId: fixtures.sessionTypeId,
      title: "Fuzz series",
      weekday: 1,
      startTime: "10:00",
      endTime: "11:00",
      firstDate: "2028-02-07",
      lastDate: "2028-02-28",
      capacity: 10,
    })
  ).id;
  const indicator = { code: "FZ-1", domain: "child_development", area: "health", level: 2, wording: "An indicator made by the fuzz test." } as const;
  fixtures.closureId = (
    await insertCentreClosure(t.db, { centreId: fixtures.centreId, startsOn: "2028-09-01", endsOn: "2028-09-01", reason: "Fuzz closure" })
  ).id;
  fixtures.indicatorId = (await insertThresholdIndicator(t.db, { ...indicator, active: true }))!.id;
  fixtures.programmeId = (await insertProgramme(t.db, programme()))!.id;
  // A run at Blackbird Leys (the fuzzing centre staff's own) with a session today, a place taken and one offered.
  const [centre] = await t.db.select().from(schema.centres).where(eq(schema.centres.id, fixtures.centreId));
  fixtures.centralAreaId = centre!.areaId;
  const run = await insertProgrammeRun(t.db, {
    run: {
      programmeId: fixtures.programmeId,
      venue: { centreId: fixtures.centreId },
      schedule: { weekday: "monday", startTime: "10:00", endTime: "11:00", startsOn: daysFromToday(0) },
      facilitators: [{ name: "Fuzz Facilitator" }],
      capacity: 40,
    },
    areaId: centre!.areaId,
    sessionDates: [daysFromToday(0)],
  });
  fixtures.runId = run.id;
  fixtures.enrolmentId = (await insertEnrolment(t.db, { enrolment: { runId: run.id, familyId: fixtures.familyId, childId: fixtures.siblingId } })).id;
  const [offered] = await t.db
    .insert(schema.programmeReferrals)
    .values({ ...fuzzReferral(), source: "self", status: "offered", consentGiven: true })
    .returning();
  fixtures.programmeReferralId = offered!.id;
  // The demo senior practitioner works in Central, where the fuzz family lives (OX4).
  const senior = await (await signedInAs(t.db, "lcss_senior")).call();
  const [locality] = await rawRows<{ id: string }>(t.db, sql`select id from localities where name = 'Oxford South East'`);
  fixtures.localityId = locality!.id;
  fixtures.directoryServiceId = (await senior.directory.create(directoryEntry())).id;
  fixtures.consultationId = (await senior.consultations.create(consultationCall() as Parameters<typeof senior.consultations.create>[0])).id;
  // Decided by someone else, so the senior may confirm it (nobody confirms their own decision).
  await t.db.execute(sql`update threshold_decisions set decided_by = ${fixtures.adminStaffId} where consultation_id = ${fixtures.consultationId}`);
  fixtures.noNamesConsultationId = (await senior.consultations.create(consultationCall() as Parameters<typeof senior.consultations.create>[0])).id;
  // An Early Help Assessment per lifecycle step, each at the step its procedure needs; written by nobody on staff, so the senior may sign off.
  const assessment = async (key: string, fields: Partial<typeof schema.earlyHelpAssessments.$inferInsert>) => {
    const [row] = await t.db
      .insert(schema.earlyHelpAssessments)
      .values({
        familyId: fixtures.familyId!,
        startedOn: "2026-01-05",
        dueOn: "2026-02-16",
        consentGivenByPersonId: fixtures.personId!,
        consentGivenOn: "2026-01-05",
        consentMethod: "written",
        completedSections: ["consent", "leadProfessional", "child-a", "parentsViews", "analysis"],
        ...fields,
      })
      .returning();
    await t.db.insert(schema.earlyHelpAssessmentChildren).values({ assessmentId: row!.id, personId: fixtures.personId! });
    fixtures[key] = row!.id;
  };
  await assessment("ehaDraftId", {});
  await assessment("ehaWithdrawId", {});
  await assessment("ehaCompleteId", {});
  for (const key of ["ehaSignOffId", "ehaReturnId", "ehaAuditId"]) await assessment(key, { status: "completed", completedOn: "2026-02-01" });
  await assessment("ehaReviewId", { status: "signed_off", completedOn: "2026-02-01", signedOffOn: "2026-02-02" });
  await assessment("ehaForTafId", { status: "completed", completedOn: "2026-02-01", desiredOutcomes: ["Fuzz outcome"] });
  await assessment("ehaWithTafId", { status: "completed", completedOn: "2026-02-01", desiredOutcomes: ["Fuzz outcome"] });
  const [tafStaff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_senior")).limit(1);
  const [taf] = await t.db
    .insert(schema.teamsAroundFamilies)
    .values({
      assessmentId: fixtures.ehaWithTafId!,
      familyId: fixtures.familyId,
      startedOn: "2026-02-02",
      leadStaffId: tafStaff!.id,
      createdBy: tafStaff!.id,
    })
    .returning();
  fixtures.tafId = taf!.id;
  const [tafAction] = await t.db
    .insert(schema.tafActions)
    .values({ tafId: taf!.id, action: "Fuzz action", owner: "Fuzz owner", dueOn: "2026-03-01", outcome: "Fuzz outcome" })
    .returning();
  fixtures.tafActionId = tafAction!.id;
  // Decided at the suggested level, so nobody has to confirm it: awaiting feedback to the referrer.
  fixtures.decidedConsultationId = (
    await senior.consultations.create({
      ...consultationCall(),
      indicatorCodes: ["PC-BAS-2"],
      level: 2,
      rationale: undefined,
    } as Parameters<typeof senior.consultations.create>[0])
  ).id;
  fixtures.namedConsultationId = (
    await senior.consultations.create({
      ...consultationCall(),
      familyKind: "named",
      familyId: fixtures.familyId,
      childIds: [fixtures.personId],
      consentGivenBy: "Fuzz parent",
      childAge: undefined,
      localityId: undefined,
      level: 3,
      rationale: undefined,
      outcome: "request_for_service",
    })
  ).id;
  const request = await senior.requestsForService.create({
    consultationId: fixtures.namedConsultationId,
    level: 3,
    reasons: "Fuzz reasons",
    triedSoFar: "Fuzz tried",
    consentGivenBy: "Fuzz parent",
    consentGivenOn: "2026-01-05",
  });
  fixtures.requestForServiceId = request.id;
  fixtures.secondNamedConsultationId = (
    await senior.consultations.create({
      ...consultationCall(),
      familyKind: "named",
      familyId: fixtures.familyId,
      childIds: [fixtures.personId],
      consentGivenBy: "Fuzz parent",
      childAge: undefined,
      localityId: undefined,
      level: 3,
      rationale: undefined,
      outcome: "request_for_service",
    })
  ).id;
  // A request left waiting for FSS's decision, for requestsForService.decide; another that FSS has
  // decided, for the requester's markDecisionRead.
  const waitingRequest = async () => {
    const consultation = await senior.consultations.create({
      ...consultationCall(),
      familyKind: "named",
      familyId: fixtures.familyId!,
      childIds: [fixtures.personId!],
      consentGivenBy: "Fuzz parent",
      childAge: undefined,
      localityId: undefined,
      level: 3,
      rationale: undefined,
      outcome: "request_for_service",
    });
    return (
      await senior.requestsForService.create({
        consultationId: consultation.id,
        level: 3,
        reasons: "Fuzz reasons",
        triedSoFar: "Fuzz tried",
        consentGivenBy: "Fuzz parent",
        consentGivenOn: "2026-01-05",
      })
    ).id;
  };
  fixtures.decidableRequestId = await waitingRequest();
  fixtures.decidedRequestId = await waitingRequest();
  await (
    await (await signedInAs(t.db, "fss_manager")).call()
  ).requestsForService.decide({ requestId: fixtures.decidedRequestId, decision: "no_further_action", reason: "Fuzz: needs met" });
  // Staff accounts of their own for the staff.* procedures to change, and an invitation to spend.
  fixtures.northAreaId = (await t.db.select().from(schema.areas).where(eq(schema.areas.code, "north")))[0]!.id;
  const northAreaId = fixtures.northAreaId;
  const staffFixture = async (email: string, active: boolean) =>
    (
      await t.db.insert(schema.staffUsers).values({ email, displayName: "Fuzz Staff", role: "lcss_worker", areaId: northAreaId, active }).returning()
    )[0]!.id;
  fixtures.activeStaffId = await staffFixture("fuzz.active@hearth.test", true);
  fixtures.inactiveStaffId = await staffFixture("fuzz.inactive@hearth.test", false);
  fixtures.invitationToken = (
    await api.staff.invite({ displayName: "Fuzz Invitee", email: "fuzz.invitee@hearth.test", role: "data_officer" })
  ).link.split("#")[1]!;
});
afterAll(() => t.destroy());

const consultationCall = () => ({
  callerName: "Fuzz caller",
  callerRole: "Teacher",
  organisationOther: "Fuzz school",
  callerPhone: "01865 123456",
  callerEmail: "fuzz@school.example",
  familyKind: "no_names",
  childAge: 8,
  childSetting: "Year 3",
  localityId: fixtures.localityId!,
  concern: "Fuzz concern",
  indicatorCodes: ["PC-BAS-3"],
  protectiveFactors: ["A caring grandmother"],
  adviceGiven: "Fuzz advice",
  outcome: "advice_only",
  level: 2,
  rationale: "Fuzz rationale",
});

const fuzzReferral = () => ({
  runId: f("runId"),
  familyId: f("familyId"),
  personId: f("personId"),
  consentGiven: true as const,
  consentGivenBy: "Parent",
  consentRecordedOn: "2026-01-05",
  carerName: "Fuzz Carer",
  mobile: "07700 900222",
  preferredChannel: "sms" as const,
});

const programme = () => ({
  name: "Fuzz programme",
  category: "parenting" as const,
  evidenceRating: "3" as const,
  childAgeFrom: 2,
  childAgeTo: 8,
  levelsOfNeed: [2 as const],
  numberOfSessions: 10,
  completionShare: 0.7,
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Seed {
  /** Who calls: a role allowed to use the procedure, or nobody for the public ones. */
  as: StaffRole | "public";
  /** A valid input, read after the fixtures exist. */
  input: () => Json | undefined;
}

const f = (key: string) => fixtures[key]!;
/** A part of the fuzz child's episode, recorded from the fuzz case. */
const onFuzzEpisode = () => ({ caseId: f("caseId"), childId: f("personId"), referralId: f("referralId") });
const directoryEntry = () => ({
  name: "Fuzz service",
  provider: "Fuzz provider",
  description: "A service for the fuzz test.",
  needs: ["parenting" as const],
  minimumAge: 0,
  maximumAge: 18,
  cost: "Free",
  localityIds: [f("localityId")],
  venues: [{ name: "Fuzz hall", address: "1 Fuzz Street", postcode: "OX4 1AA" }],
  openings: [{ day: "monday" as const, opensAt: "09:00", closesAt: "12:00" }],
  accessRoutes: ["self_referral" as const],
  phone: "01865 000000",
  website: "https://example.org/fuzz",
  lastReviewedOn: "2026-01-01",
});
const seeds: Record<string, Seed> = {
  "auth.me": { as: "public", input: () => undefined },
  "auth.ping": { as: "admin", input: () => undefined },
  "auth.signIn": { as: "public", input: () => ({ email: "nobody@hearth.test", password: DEMO_PASSWORD }) },
  "auth.signOut": { as: "admin", input: () => undefined },
  "reference.areas": { as: "public", input: () => undefined },
  "reference.localities": { as: "public", input: () => ({}) },
  "reference.centres": { as: "public", input: () => undefined },
  "people.search": {
    as: "admin",
    input: () => ({ name: "fuzz", dateOfBirth: "2019-05-04", yearOfBirth: 2019, age: 7, postcode: "OX4", addressLine1: "1 High Street" }),
  },
  "families.search": { as: "admin", input: () => ({ name: "fuzz", postcode: "OX4 1AA" }) },
  "people.get": { as: "admin", input: () => ({ personId: f("personId") }) },
  "people.create": { as: "admin", input: () => ({ firstName: "New", lastName: "Person", dateOfBirth: "2020-01-01", postcode: "OX4 2AB" }) },
  "people.update": { as: "admin", input: () => ({ personId: f("personId"), changes: { lastName: "Target", dateOfBirth: "2019-05-04" } }) },
  "families.get": { as: "admin", input: () => ({ familyId: f("familyId") }) },
  // Central's senior practitioner on Central's records: break the glass needs no grant there, so writes nothing.
  "recordAccess.breakGlass": { as: "lcss_senior", input: () => ({ personId: f("personId"), reason: "Fuzz: checking a referral from another area" }) },
  "recordAccess.breakGlassLog": { as: "lcss_senior", input: () => ({ limit: 10 }) },
  "restrictions.set": {
    as: "lcss_senior",
    input: () => ({ personId: f("restrictPersonId"), category: "adoption", note: "Fuzz note", contact: "Central LCSS manager" }),
  },
  "restrictions.lift": { as: "lcss_senior", input: () => ({ personId: f("restrictPersonId") }) },
  "restrictions.allowStaff": { as: "lcss_senior", input: () => ({ personId: f("restrictedPersonId"), staffId: f("adminStaffId") }) },
  "restrictions.removeStaff": { as: "lcss_senior", input: () => ({ personId: f("restrictedPersonId"), staffId: f("namedStaffId") }) },
  "restrictions.get": { as: "lcss_senior", input: () => ({ personId: f("restrictedPersonId") }) },
  "restrictions.findStaff": { as: "lcss_senior", input: () => ({ query: "Admin" }) },
  "recordAccess.breakGlassFromSearch": {
    as: "lcss_senior",
    input: () => ({ handle: f("handle"), reason: "Fuzz: checking a referral from another area" }),
  },
  "people.findToMaintain": {
    as: "admin",
    input: () => ({ name: "fuzz", dateOfBirth: "2019-05-04", yearOfBirth: 2019, age: 7, postcode: "OX4", addressLine1: "1 High Street" }),
  },
  "people.mergeCandidates": { as: "admin", input: () => ({ personId: f("personId") }) },
  "people.mergeReview": { as: "admin", input: () => ({ duplicateId: f("mergeDuplicateId"), keepId: f("mergeKeepId") }) },
  "people.merge": { as: "admin", input: () => ({ duplicateId: f("mergeDuplicateId"), keepId: f("mergeKeepId") }) },
  "families.create": {
    as: "admin",
    input: () => ({ name: "Another household", postcode: "OX4 1AA", members: [{ personId: f("personId"), role: "child" }] }),
  },
  "families.update": { as: "admin", input: () => ({ familyId: f("familyId"), name: "Fuzz household" }) },
  "families.record": { as: "admin", input: () => ({ familyId: f("familyId") }) },
  "families.involvement": { as: "admin", input: () => ({ familyId: f("familyId") }) },
  "families.accessLog": { as: "lcss_senior", input: () => ({ familyId: f("familyId") }) },
  "cases.open": {
    as: "fss_manager",
    input: () => ({
      familyId: f("familyId"),
      children: [{ personId: f("siblingId"), category: "child_in_need" }],
      keyWorkerId: f("namedStaffId"),
      reason: "Fuzz case",
    }),
  },
  "cases.get": { as: "fss_manager", input: () => ({ caseId: f("caseId") }) },
  "cases.myCaseload": { as: "fss_manager", input: () => ({ includeClosed: true }) },
  "cases.recordVisit": {
    as: "fss_manager",
    input: () => ({
      caseId: f("caseId"),
      kind: "home",
      // Midnight today, London: after the case opened and never in the future.
      occurredOn: daysFromToday(0),
      time: "00:00",
      whoWasSeen: "Mum and Fuzz",
      children: [{ personId: f("personId"), seen: true, seenAlone: false, notSeenAloneReason: "Asleep" }],
      narrative: "Fuzz visit",
      significant: false,
    }),
  },
  "cases.close": { as: "fss_manager", input: () => ({ caseId: f("caseId"), reason: "Work done", summary: "Fuzz summary", outcome: "met" }) },
  "cases.reopen": { as: "fss_manager", input: () => ({ caseId: f("caseId"), reason: "New concerns" }) },
  "episodes.get": { as: "fss_manager", input: () => ({ caseId: f("caseId"), childId: f("personId") }) },
  "episodes.readiness": { as: "fss_manager", input: () => ({ team: true }) },
  "episodes.saveReferral": {
    as: "fss_manager",
    input: () => ({
      caseId: f("caseId"),
      childId: f("personId"),
      id: f("referralId"),
      record: { referralDate: daysFromToday(-40), referralSource: "3A", primaryNeed: "N2", referralNfa: false },
    }),
  },
  "episodes.saveAssessment": {
    as: "fss_manager",
    input: () => ({ ...onFuzzEpisode(), record: { startDate: daysFromToday(-39), authorisationDate: daysFromToday(-30), factors: ["3B"] } }),
  },
  "episodes.saveSection47": {
    as: "fss_manager",
    input: () => ({ ...onFuzzEpisode(), record: { startDate: daysFromToday(-38), icpcTargetDate: daysFromToday(-25), icpcNotRequired: true } }),
  },
  "episodes.saveCinPlan": {
    as: "fss_manager",
    input: () => ({ ...onFuzzEpisode(), record: { startDate: daysFromToday(-29), endDate: daysFromToday(-20) } }),
  },
  "episodes.saveCpPlan": {
    as: "fss_manager",
    input: () => ({
      ...onFuzzEpisode(),
      record: {
        startDate: daysFromToday(-19),
        endDate: daysFromToday(-2),
        initialCategory: "EMO",
        latestCategory: "EMO",
        numberOfPreviousCpp: 0,
        reviewDates: [daysFromToday(-5)],
      },
    }),
  },
  "episodes.saveClosure": {
    as: "fss_manager",
    input: () => ({ ...onFuzzEpisode(), record: { closureDate: daysFromToday(0), reasonForClosure: "RC7" } }),
  },
  "episodes.saveChildDetails": {
    as: "fss_manager",
    input: () => ({ caseId: f("caseId"), childId: f("personId"), record: { sex: "M", ethnicity: "WBRI", disabilities: ["NONE"] } }),
  },
  "episodes.saveLookedAfter": {
    as: "fss_manager",
    input: () => ({
      caseId: f("caseId"),
      childId: f("personId"),
      record: { legalStatus: "V2", startDate: daysFromToday(-10), endDate: daysFromToday(-9) },
    }),
  },
  "cases.addOutcome": { as: "fss_manager", input: () => ({ caseId: f("caseId"), description: "Fuzz outcome" }) },
  "cases.addAction": {
    as: "fss_manager",
    input: () => ({ caseId: f("caseId"), outcomeId: f("outcomeId"), description: "Fuzz action", owner: "Mum", dueOn: "2026-12-31" }),
  },
  "cases.updateAction": { as: "fss_manager", input: () => ({ caseId: f("caseId"), actionId: f("actionId"), status: "in_progress" }) },
  "cases.recordReview": {
    as: "fss_manager",
    input: () => ({ caseId: f("caseId"), heldOn: daysFromToday(0), progress: "Fuzz progress", decision: "continue_plan", decisionNote: "Fuzz" }),
  },
  "cases.recordOversight": {
    as: "fss_manager",
    input: () => ({ caseId: f("caseId"), kind: "management_decision", decidedOn: daysFromToday(0), decision: "Fuzz", rationale: "Fuzz" }),
  },
  "cases.reallocate": { as: "fss_manager", input: () => ({ caseId: f("caseId"), keyWorkerId: f("otherFssStaffId"), reason: "Fuzz" }) },
  "cases.teamWorkload": { as: "fss_manager", input: () => ({}) },
  "families.alerts.add": {
    as: "admin",
    input: () => ({ familyId: f("familyId"), kind: "interpreter", text: "Interpreter: Polish", reviewBy: "2028-01-31" }),
  },
  "families.alerts.review": { as: "admin", input: () => ({ alertId: f("alertId"), reviewBy: "2028-02-28" }) },
  "families.alerts.end": { as: "admin", input: () => ({ alertId: f("alertId"), reason: "No longer needed" }) },
  "families.members.add": { as: "admin", input: () => ({ familyId: f("familyId"), personId: f("walkInPersonId"), role: "other_adult" }) },
  "families.members.remove": { as: "admin", input: () => ({ familyId: f("familyId"), personId: f("walkInPersonId"), reason: "Moved out" }) },
  "families.members.changeContact": {
    as: "admin",
    input: () => ({
      familyId: f("familyId"),
      personId: f("personId"),
      contact: {
        mobilePhone: "07700 900123",
        email: "carer@example.com",
        address: { line1: "1 High Street", town: "Oxford", postcode: "OX4 1AA" },
        preferredChannel: "sms",
        consentToContact: true,
        consentRecordedOn: "2026-01-05",
        safeToLeaveMessage: true,
      },
    }),
  },
  "families.members.giveConsent": {
    as: "admin",
    input: () => ({
      familyId: f("familyId"),
      personId: f("personId"),
      givenByPersonId: f("personId"),
      givenBy: "the_person",
      purpose: "photographs",
      givenOn: "2026-01-05",
      method: "verbal",
      notes: "Said yes at the session",
    }),
  },
  "families.members.withdrawConsent": {
    as: "admin",
    input: () => ({ familyId: f("familyId"), consentId: f("consentId"), withdrawnOn: "2026-02-01", reason: "Changed their mind" }),
  },
  "families.keyWorker.candidates": { as: "admin", input: () => ({ familyId: f("familyId") }) },
  "families.keyWorker.set": { as: "admin", input: () => ({ familyId: f("familyId"), staffId: f("keyWorkerId") }) },
  "families.members.change": { as: "admin", input: () => ({ familyId: f("familyId"), personId: f("personId"), role: "child" }) },
  "families.members.changeRelationship": {
    as: "admin",
    input: () => ({
      familyId: f("familyId"),
      personId: f("personId"),
      relativeId: f("siblingId"),
      relationship: "sibling",
      parentalResponsibility: null,
    }),
  },
  "chronology.list": { as: "lcss_senior", input: () => ({ familyId: f("familyId"), kind: "note", from: "2026-01-01", to: "2026-12-31" }) },
  "chronology.addEntry": {
    as: "lcss_senior",
    input: () => ({
      familyId: f("familyId"),
      personId: f("personId"),
      occurredOn: "2026-03-01",
      kind: "note",
      summary: "Fuzz entry",
      significant: false,
    }),
  },
  "chronology.editEntry": {
    as: "lcss_senior",
    input: () => ({
      entryId: f("entryId"),
      personId: f("personId"),
      occurredOn: "2026-03-02",
      kind: "contact",
      summary: "Fuzz entry, corrected",
      significant: true,
    }),
  },
  "adviceRequests.reference": { as: "public", input: () => ({}) },
  "adviceRequests.submit": { as: "public", input: () => ({ ...adviceInput(f("adviceLocalityId")), email: "dsl@fuzz.oxon.sch.uk" }) },
  "adviceRequests.confirm": { as: "public", input: () => ({ token: f("adviceToken") }) },
  "adviceRequests.claim": { as: "lcss_senior", input: () => ({ consultationId: f("onlineConsultationId") }) },
  "sessions.types": { as: "public", input: () => undefined },
  "sessions.search": { as: "public", input: () => ({ childAgeYears: 2, from: daysFromToday(0), to: daysFromToday(7), text: "play" }) },
  "sessions.get": { as: "public", input: () => ({ sessionId: f("sessionId") }) },
  "bookings.create": { as: "public", input: () => ({ ...bookingInput(f("sessionId")), email: "carer@example.com", preferredChannel: "email" }) },
  "bookings.manage.get": { as: "public", input: () => ({ token: f("token") }) },
  "bookings.manage.cancel": { as: "public", input: () => ({ token: f("doomedToken") }) },
  "bookings.manage.addChild": {
    as: "public",
    input: () => ({ token: f("token"), child: { firstName: "Sib", dateOfBirth: "2022-01-01", send: false } }),
  },
  "bookings.manage.removeChild": { as: "public", input: () => ({ token: f("token"), childId: f("childId") }) },
  "centreSessions.list": { as: "centre_staff", input: () => ({ centreId: f("centreId"), from: daysFromToday(0), to: daysFromToday(7) }) },
  "centreSessions.day": { as: "centre_staff", input: () => ({ centreId: f("centreId"), date: daysFromToday(3) }) },
  "centreSessions.register": { as: "centre_staff", input: () => ({ sessionId: f("sessionId") }) },
  "centreSessions.create": {
    as: "centre_staff",
    input: () => ({
      centreId: f("centreId"),
      sessionTypeId: f("sessionTypeId"),
      title: "Fuzz session",
      description: "Songs and stories",
      locationNote: "Main hall",
      date: daysFromToday(9),
      startTime: "10:00",
      endTime: "11:00",
      capacity: 10,
    }),
  },
  "centreSessions.update": {
    as: "centre_staff",
    input: () => ({ sessionId: f("sessionId"), title: "Renamed", description: "Songs", date: daysFromToday(4) }),
  },
  "centreSessions.cancel": { as: "centre_staff", input: () => ({ sessionId: f("doomedSessionId"), reason: "Heating broken" }) },
  "centreSessions.createSeries": {
    as: "centre_staff",
    input: () => ({
      centreId: f("centreId"),
      sessionTypeId: f("sessionTypeId"),
      title: "Fuzz series",
      firstDate: "2028-03-06",
      lastDate: "2028-03-20",
      startTime: "10:00",
      endTime: "11:00",
      capacity: 10,
    }),
  },
  "centreSessions.updateSeries": { as: "centre_staff", input: () => ({ seriesId: f("seriesId"), title: "Renamed", lastDate: "2028-03-27" }) },
  "centreSessions.cancelSeries": { as: "centre_staff", input: () => ({ seriesId: f("seriesId"), reason: "Staff away" }) },
  "centreSessions.walkIn": {
    as: "centre_staff",
    input: () => ({
      sessionId: f("todaysSessionId"),
      carerName: "Walk In",
      postcode: "OX4 1AA",
      children: [{ firstName: "Wally", dateOfBirth: "2023-01-01", send: false }],
    }),
  },
  "centreSessions.checkIn": {
    as: "centre_staff",
    input: () => ({ sessionId: f("todaysSessionId"), personId: f("walkInPersonId"), status: "did_not_attend" }),
  },
  "centreSessions.cancelBooking": { as: "centre_staff", input: () => ({ bookingId: f("bookingId"), reason: "Parent rang to cancel" }) },
  "centreSessions.previewSeries": { as: "centre_staff", input: () => ({ centreId: f("centreId"), firstDate: "2028-03-06", lastDate: "2028-03-27" }) },
  "centreSessions.reach": { as: "centre_staff", input: () => ({ centreId: f("centreId"), fromMonth: "2026-01", toMonth: "2026-12" }) },
  "centreSessions.closures.list": { as: "centre_staff", input: () => ({ centreId: f("centreId") }) },
  "centreSessions.closures.create": {
    as: "centre_staff",
    input: () => ({ centreId: f("centreId"), from: "2028-08-01", to: "2028-08-02", reason: "Roof repairs", sessions: "cancel" }),
  },
  "centreSessions.closures.remove": { as: "centre_staff", input: () => ({ closureId: f("closureId") }) },
  "familyMatches.list": { as: "centre_staff", input: () => undefined },
  "myWork.list": { as: "lcss_senior", input: () => ({ team: true, kinds: ["early_help_assessment"], statuses: ["overdue", "due"] }) },
  "familyMatches.confirm": { as: "centre_staff", input: () => ({ matchId: "7a0e4f8e-4a8b-4a57-9c43-2b8c0d1e2f30" }) },
  "familyMatches.reject": { as: "centre_staff", input: () => ({ matchId: "7a0e4f8e-4a8b-4a57-9c43-2b8c0d1e2f30" }) },
  "notifications.outbox": { as: "admin", input: () => ({ limit: 10 }) },
  "notifications.failed": { as: "admin", input: () => ({ limit: 10 }) },
  "notifications.retry": { as: "admin", input: () => ({ deliveryId: 1 }) },
  "thresholds.indicators": { as: "admin", input: () => ({ includeRetired: true }) },
  "thresholds.createIndicator": {
    as: "admin",
    input: () => ({ code: "FZ-2", domain: "child_development", area: "health", level: 2, wording: "Another fuzz indicator." }),
  },
  "thresholds.updateIndicator": {
    as: "admin",
    input: () => ({
      indicatorId: f("indicatorId"),
      code: "FZ-1",
      domain: "child_development",
      area: "health",
      level: 3,
      wording: "Reworded for the fuzz test.",
    }),
  },
  "thresholds.retireIndicator": { as: "admin", input: () => ({ indicatorId: f("indicatorId") }) },
  "directory.search": { as: "public", input: () => ({ postcode: "OX4 1AA", need: "parenting", age: 3 }) },
  "directory.service": { as: "public", input: () => ({ serviceId: f("directoryServiceId") }) },
  "directory.list": { as: "lcss_senior", input: () => ({ dueForReview: true, includeInactive: true }) },
  "directory.get": { as: "lcss_senior", input: () => ({ serviceId: f("directoryServiceId") }) },
  "directory.keepers": { as: "lcss_senior", input: () => undefined },
  "directory.create": { as: "lcss_senior", input: () => ({ ...directoryEntry(), name: "Second fuzz service" }) },
  "directory.update": { as: "lcss_senior", input: () => ({ serviceId: f("directoryServiceId"), ...directoryEntry() }) },
  "programmes.catalogue": { as: "admin", input: () => ({ includeRetired: true }) },
  "programmes.create": { as: "admin", input: () => ({ ...programme(), name: "Second fuzz programme", description: "About play" }) },
  "programmes.update": { as: "admin", input: () => ({ programmeId: f("programmeId"), ...programme(), description: "About play" }) },
  "programmeRuns.list": { as: "centre_staff", input: () => ({ programmeId: f("programmeId") }) },
  "programmeRuns.get": { as: "centre_staff", input: () => ({ runId: f("runId") }) },
  "programmeRuns.create": {
    as: "admin",
    input: () => ({
      programmeId: f("programmeId"),
      venue: { name: "Fuzz outreach hall", postcode: "OX4 1AA" },
      schedule: { weekday: "tuesday", startTime: "10:00", endTime: "11:30", startsOn: "2028-03-07" },
      facilitators: [{ name: "Fuzz Facilitator", organisation: "Fuzz charity" }],
      capacity: 8,
      areaId: f("centralAreaId"),
    }),
  },
  "programmeRuns.setStatus": { as: "admin", input: () => ({ runId: f("runId"), status: "running" }) },
  "programmeRuns.refer": { as: "centre_staff", input: () => ({ ...fuzzReferral(), centreId: f("centreId") }) },
  "programmeRuns.openForReferral": { as: "lcss_senior", input: () => ({}) },
  "programmeRuns.facilitators": { as: "fss_manager", input: () => ({}) },
  "programmeRuns.answerOffer": { as: "centre_staff", input: () => ({ referralId: f("programmeReferralId"), answer: "decline" }) },
  "programmeRuns.register": { as: "centre_staff", input: () => ({ runId: f("runId"), sessionDate: daysFromToday(0) }) },
  "programmeRuns.recordRegister": {
    as: "centre_staff",
    input: () => ({ runId: f("runId"), sessionDate: daysFromToday(0), marks: [{ enrolmentId: f("enrolmentId"), status: "apologies" }] }),
  },
  "programmeRuns.report": { as: "admin", input: () => ({ runId: f("runId") }) },
  "programmeRuns.programmeFigures": { as: "admin", input: () => ({ programmeId: f("programmeId") }) },
  "outcomeMeasures.record": {
    as: "centre_staff",
    input: () => ({
      measure: "sdq",
      childId: f("siblingId"),
      informant: "parent",
      point: "review",
      takenOn: "2026-01-05",
      answers: [0, 1, 2, null, 1, 0, 1, 2, 0, 1, 1, 0, 1, 2, 0, 1, 1, 0, 1, 2, 0, 1, 1, 0, 1],
    }),
  },
  "outcomeMeasures.ofPerson": { as: "centre_staff", input: () => ({ personId: f("siblingId") }) },
  "consultations.reference": { as: "lcss_senior", input: () => ({}) },
  "consultations.recordImmediateRisk": {
    as: "lcss_senior",
    input: () => ({ callerName: "Fuzz caller", organisationOther: "Fuzz school", note: "Bruising seen" }),
  },
  "consultations.create": { as: "lcss_senior", input: () => consultationCall() },
  "consultations.list": {
    as: "lcss_senior",
    input: () => ({
      status: "awaiting_confirmation",
      outcome: "advice_only",
      familyKind: "no_names",
      takenByMe: true,
      localityId: f("localityId"),
      takenBy: f("keyWorkerId"),
      sort: "level",
      direction: "asc",
      limit: 20,
    }),
  },
  "consultations.get": { as: "lcss_senior", input: () => ({ consultationId: f("consultationId") }) },
  "consultations.confirmDecision": { as: "lcss_senior", input: () => ({ consultationId: f("consultationId") }) },
  "consultations.makeNamed": {
    as: "lcss_senior",
    input: () => ({ consultationId: f("noNamesConsultationId"), familyId: f("familyId"), childIds: [f("personId")], consentGivenBy: "Fuzz parent" }),
  },
  "assessments.start": {
    as: "lcss_senior",
    input: () => ({ familyId: f("familyId"), childIds: [f("personId")], adultIds: [], startedOn: "2026-03-01" }),
  },
  "assessments.list": { as: "lcss_senior", input: () => ({ status: "completed" }) },
  "assessments.get": { as: "lcss_senior", input: () => ({ assessmentId: f("ehaDraftId") }) },
  "assessments.saveSection": {
    as: "lcss_senior",
    input: () => ({
      assessmentId: f("ehaDraftId"),
      content: {
        section: "child",
        personId: f("personId"),
        domains: {
          child_development: { strengths: "Reads well", needs: "Often tired" },
          parenting_capacity: { strengths: "Warm" },
          family_environment: { needs: "Rent arrears" },
        },
        childsVoice: "I like school",
      },
    }),
  },
  "assessments.withdrawConsent": {
    as: "lcss_senior",
    input: () => ({ assessmentId: f("ehaWithdrawId"), withdrawnOn: "2026-02-01", reason: "Fuzz" }),
  },
  "assessments.complete": { as: "lcss_senior", input: () => ({ assessmentId: f("ehaCompleteId"), on: "2026-03-01" }) },
  "assessments.signOff": { as: "lcss_senior", input: () => ({ assessmentId: f("ehaSignOffId"), on: "2026-03-01" }) },
  "assessments.returnToAuthor": { as: "lcss_senior", input: () => ({ assessmentId: f("ehaReturnId"), comments: "Say more about school" }) },
  "assessments.review": { as: "lcss_senior", input: () => ({ assessmentId: f("ehaReviewId"), on: "2026-03-01", summary: "Going well" }) },
  "records.accessLog": { as: "fss_manager", input: () => ({ personId: f("personId") }) },
  "records.accessLogCsv": { as: "fss_manager", input: () => ({ personId: f("personId") }) },
  "records.subjectAccess": { as: "data_officer", input: () => ({ personId: f("personId") }) },
  "staff.list": { as: "admin", input: () => ({ status: "all" }) },
  "staff.get": { as: "admin", input: () => ({ staffId: f("activeStaffId") }) },
  "staff.invite": {
    as: "admin",
    input: () => ({ displayName: "Fuzz New", email: "fuzz.new@hearth.test", role: "lcss_worker", areaId: f("northAreaId") }),
  },
  "staff.reinvite": { as: "admin", input: () => ({ staffId: f("activeStaffId") }) },
  "staff.change": { as: "admin", input: () => ({ staffId: f("activeStaffId"), role: "lcss_senior", areaId: f("northAreaId") }) },
  "staff.deactivate": { as: "admin", input: () => ({ staffId: f("activeStaffId") }) },
  "staff.reactivate": { as: "admin", input: () => ({ staffId: f("inactiveStaffId") }) },
  "auth.setPassword": {
    as: "public",
    input: () => ({ token: f("invitationToken"), password: "fuzz passphrase long", confirmPassword: "fuzz passphrase long" }),
  },
  "returns.startCinCensus": { as: "admin", input: () => ({ referenceDate: "2040-03-31" }) },
  "returns.cinCensusRuns": { as: "admin", input: () => ({}) },
  "returns.startNccis": { as: "admin", input: () => ({ month: "2024-06" }) },
  "returns.nccisRuns": { as: "admin", input: () => ({}) },
  "neet.chaseList": { as: "admin", input: () => ({ show: "all", page: 1 }) },
  "neet.youngPerson": { as: "admin", input: () => ({ personId: f("personId") }) },
  "neet.recordActivity": {
    as: "admin",
    input: () => ({ personId: f("personId"), activityCode: "810", startDate: "2026-01-01", lastConfirmedOn: "2026-01-01", source: "school" }),
  },
  "neet.figures": { as: "admin", input: () => ({ months: 2 }) },
  "taf.start": { as: "lcss_senior", input: () => ({ assessmentId: f("ehaForTafId"), startedOn: "2026-03-01" }) },
  "lcssHome.figures": { as: "lcss_senior", input: () => ({}) },
  "fssHome.figures": { as: "fss_manager", input: () => ({}) },
  "dashboards.referrals": { as: "data_officer", input: () => ({ from: "2026-01-01", to: "2026-03-31" }) },
  "dashboards.casework": { as: "data_officer", input: () => ({ from: "2026-01-01", to: "2026-03-31" }) },
  "dashboards.programmes": { as: "data_officer", input: () => ({ from: "2026-01-01", to: "2026-03-31" }) },
  "dashboards.reach": { as: "data_officer", input: () => ({ from: "2026-01-01", to: "2026-03-31" }) },
  "dashboards.neet": { as: "data_officer", input: () => ({ from: "2026-01-01", to: "2026-03-31" }) },
  "taf.list": { as: "lcss_senior", input: () => ({ mine: false }) },
  "taf.get": { as: "lcss_senior", input: () => ({ tafId: f("tafId") }) },
  "taf.ofAssessment": { as: "lcss_senior", input: () => ({ assessmentId: f("ehaWithTafId") }) },
  "taf.addMember": {
    as: "lcss_senior",
    input: () => ({ tafId: f("tafId"), kind: "agency", name: "Fuzz nurse", agency: "Health visiting", role: "Nurse", contact: "01632 960 000" }),
  },
  "stepDowns.list": { as: "lcss_senior", input: () => ({}) },
  "stepDowns.pickUp": { as: "lcss_senior", input: () => ({ caseId: f("stepDownCaseId") }) },
  "taf.scheduleMeeting": {
    as: "lcss_senior",
    input: () => ({ tafId: f("tafId"), scheduledOn: "2099-01-01", startsAt: "10:00", venue: "Fuzz centre" }),
  },
  "taf.recordMeeting": {
    as: "lcss_senior",
    input: () => ({ tafId: f("tafId"), heldOn: "2026-03-01", attendees: ["Fuzz"], apologies: ["Other"], summary: "Fuzz meeting" }),
  },
  "taf.addAction": {
    as: "lcss_senior",
    input: () => ({ tafId: f("tafId"), action: "Fuzz action", owner: "Fuzz owner", agency: "School", dueOn: "2026-03-01", outcome: "Fuzz outcome" }),
  },
  "taf.setActionStatus": { as: "lcss_senior", input: () => ({ tafId: f("tafId"), actionId: f("tafActionId"), status: "done" }) },
  "taf.scheduleReview": { as: "lcss_senior", input: () => ({ tafId: f("tafId"), dueOn: "2099-01-01" }) },
  "taf.recordReview": { as: "lcss_senior", input: () => ({ tafId: f("tafId"), heldOn: "2026-03-01", summary: "Fuzz review" }) },
  "taf.close": { as: "lcss_senior", input: () => ({ tafId: f("tafId"), closedOn: "2026-03-01", reason: "outcomes_met", summary: "Fuzz close" }) },
  "assessments.qualityAudit": { as: "lcss_senior", input: () => ({ assessmentId: f("ehaAuditId"), rating: "good", feedback: "Clear analysis" }) },
  "consultations.recordFeedback": {
    as: "lcss_senior",
    input: () => ({ consultationId: f("decidedConsultationId"), method: "phone", note: "Rang the school back" }),
  },
  "requestsForService.create": {
    as: "lcss_senior",
    input: () => ({
      consultationId: f("secondNamedConsultationId"),
      level: 3,
      reasons: "Needs exceed early help",
      triedSoFar: "A TAF since September",
      consentGivenBy: "Fuzz parent",
      consentGivenOn: "2026-01-05",
    }),
  },
  // The demo FSS manager works in Central, where the fuzz family and its request are.
  "requestsForService.list": { as: "fss_manager", input: () => ({ status: "received", limit: 20 }) },
  "requestsForService.get": { as: "fss_manager", input: () => ({ requestId: f("requestForServiceId") }) },
  "requestsForService.decide": {
    as: "fss_manager",
    input: () => ({
      requestId: f("decidableRequestId"),
      decision: "accepted",
      keyWorkerId: f("namedStaffId"),
      childIds: [f("siblingId")],
      category: "child_in_need",
      reason: "Fuzz allocation",
      meetingId: f("meetingId"),
    }),
  },
  "requestsForService.markDecisionRead": { as: "lcss_senior", input: () => ({ requestId: f("decidedRequestId") }) },
  "allocationMeetings.list": { as: "fss_manager", input: () => ({ limit: 10 }) },
  "allocationMeetings.get": { as: "fss_manager", input: () => ({ meetingId: f("meetingId") }) },
  "allocationMeetings.choices": { as: "fss_manager", input: () => ({}) },
  "allocationMeetings.create": {
    as: "fss_manager",
    input: () => ({ heldOn: "2026-03-02", staffIds: [f("namedStaffId")], partners: [{ name: "Fuzz Partner", agency: "Police" }] }),
  },
  "drafts.get": { as: "lcss_senior", input: () => ({ formKey: "person.create" }) },
  "drafts.save": {
    as: "lcss_senior",
    input: () => ({
      formKey: "family.alert:fuzz-1",
      data: { firstName: "Ada", dateOfBirth: { day: "3", month: "", year: "" }, notes: ["Seen at home"] },
    }),
  },
  "drafts.discard": { as: "lcss_senior", input: () => ({ formKey: "person.create" }) },
};

// 1. The inputs ---------------------------------------------------------------------------------

/** The characters and values issue 9 found crashing procedures, and their neighbours. */
const hostileChars = [
  "\u0000",
  "\uD800",
  "\uDFFF",
  "\uDBFF",
  "\u0007",
  "\u001B",
  "\u007F",
  "\u0085",
  "\u009F",
  "\r",
  "\n",
  "\t",
  "\uFEFF",
  "\u202E",
  "'",
  "\\",
  "%",
  "_",
];
const hostileDates = [
  "0000-01-01",
  "0000-00-00",
  "9999-12-31",
  "2024-02-30",
  "2023-02-29",
  "1800-01-01",
  "+002024-01-01",
  "2024-1-1",
  "01/02/2024",
  "2024-01-01T00:00:00Z",
];
const hostileString = fc.oneof(
  fc.constantFrom(...hostileChars, ...hostileDates, "", " ", "null", "x".repeat(10_000), "é".repeat(300_000)),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...hostileChars, "a", "1", "-"), maxLength: 20 }),
);
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, 2 ** 31, -(2 ** 53), 1e308, [], {}, [""], { "": null }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Path = (string | number)[];
function leaves(value: Json | undefined, path: Path = []): { path: Path; value: Json }[] {
  if (value && typeof value === "object")
    return [{ path, value }, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]))];
  return value === undefined ? [] : [{ path, value }];
}

function setAt(root: Json | undefined, path: Path, next: Json | undefined): Json | undefined {
  if (!path.length) return next;
  const copy = Array.isArray(root) ? [...root] : { ...(root && typeof root === "object" ? root : {}) };
  const [head, ...rest] = path;
  const current = (copy as Record<string | number, Json>)[head!];
  if (next === undefined && !rest.length) delete (copy as Record<string | number, Json>)[head!];
  else (copy as Record<string | number, Json | undefined>)[head!] = setAt(current, rest, next);
  return copy;
}

/** The three that crashed most often in issue 9, drawn more often than the rest. */
const hostileChar = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("\u0000", "\uD800", "\uDFFF") },
  { weight: 1, arbitrary: fc.constantFrom(...hostileChars) },
);

type Bend =
  | { kind: "replace"; at: number; value: Json }
  | { kind: "insert"; at: number; char: string; where: number }
  | { kind: "date"; at: number; value: string }
  | { kind: "drop"; at: number };
const bend: fc.Arbitrary<Bend> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: hostileValue }),
  // Keeps the rest of the text valid, so the character reaches whatever lies past the schema.
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), char: hostileChar, where: fc.nat() }),
  fc.record({ kind: fc.constant("date" as const), at: fc.nat(), value: fc.constantFrom(...hostileDates) }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
);

const isDate = (value: Json) => typeof value === "string" && /^\d{4}-\d{2}(-\d{2})?$/.test(value);

function applyBends(seed: Json | undefined, bends: Bend[]): Json | undefined {
  let input = seed;
  for (const b of bends) {
    const all = leaves(input);
    // An insert aims at text and a date at a date, when the input has one.
    const aimed = b.kind === "insert" ? all.filter((l) => typeof l.value === "string") : b.kind === "date" ? all.filter((l) => isDate(l.value)) : all;
    const targets = aimed.length ? aimed : all;
    const target = targets[b.at % Math.max(targets.length, 1)];
    if (!target) {
      input = b.kind === "replace" ? b.value : input;
      continue;
    }
    if (b.kind === "replace" || b.kind === "date") input = setAt(input, target.path, b.value);
    else if (b.kind === "drop") input = setAt(input, target.path, undefined);
    else if (typeof target.value === "string") {
      const s = target.value;
      const i = b.where % (s.length + 1);
      input = setAt(input, target.path, s.slice(0, i) + b.char + s.slice(i));
    }
  }
  return input;
}

/** Every field dropped but the record's id: an update with nothing to change. */
function idsOnly(seed: Json | undefined): Json | undefined {
  if (!seed || typeof seed !== "object" || Array.isArray(seed)) return seed;
  return Object.fromEntries(Object.entries(seed).filter(([k]) => /Id$|^token$/.test(k)));
}

const inputFor = (seed: Json | undefined) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(bend, { minLength: 1, maxLength: 3 }).map((bends) => applyBends(seed, bends)) },
    { weight: 1, arbitrary: fc.constant(idsOnly(seed)) },
    { weight: 1, arbitrary: hostileValue },
  );

// 2. The calls ----------------------------------------------------------------------------------

/** One request through tRPC's fetch adapter, as the HTTP server makes it: status and body text. */
async function call(path: string, as: Seed["as"], input: Json | undefined) {
  // A copy of the signed-in cookies, so that auth.signOut ends only its own request's session.
  const cookies = new MemoryCookies();
  for (const [k, v] of jars.get(as as StaffRole)?.values ?? []) cookies.values.set(k, v);
  const res = await fetchRequestHandler({
    endpoint: "/trpc",
    router: appRouter,
    allowMethodOverride: true,
    req: new Request(`http://hearth.test/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: input === undefined ? undefined : JSON.stringify(input),
    }),
    createContext: () =>
      createContext({
        db: t.db,
        config: testConfig,
        meta: { ip: "192.0.2.9", userAgent: "fuzz", method: "POST", crossSite: false },
        cookies,
        rateLimiter: unlimited,
      }),
  });
  return { status: res.status, body: await res.text() };
}

/** Rows per table, except the ones a refusal is meant to write (its audit row, a failed sign-in). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await rawRows<{ table_name: string }>(
    t.db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
        and table_name not in ('audit_events', 'sign_in_failures', 'staff_sessions') and table_name not like '%drizzle%'`,
  );
  const selects = tables.map((r) => `(select count(*)::int from "${r.table_name}") as "${r.table_name}"`).join(", ");
  const [row] = await rawRows<Record<string, number>>(t.db, sql.raw(`select ${selects}`));
  return row!;
}

/** What a database error's message carries; none of it may reach the caller. */
const SQL_WORDS = /failed query|insert into|delete from|update "|select "|params:|violates|syntax error|invalid byte sequence|postgres|sqlstate/i;

// The seeds must themselves be accepted, or the property bends an input that never gets far.
describe("the seeds", () => {
  it("are accepted as they are", async () => {
    const refused: string[] = [];
    for (const [path, seed] of Object.entries(seeds)) {
      if (/cancel|signOut|signIn|retry|removeChild|retire|familyMatches\.(confirm|reject)/.test(path)) continue;
      const { status, body } = await call(path, seed.as, seed.input());
      if (status >= 400) refused.push(`${path} ${status} ${body.slice(0, 200)}`);
    }
    expect(refused).toEqual([]);
  });
});

describe("arbitrary input to every procedure", () => {
  it("has a seed for every procedure in the router", () => {
    expect(Object.keys(seeds).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  const runs = Number(process.env.FUZZ_RUNS ?? 25);
  for (const [path, seed] of Object.entries(seeds)) {
    it(`${path}: refuses politely, never 5xx, never a partial write`, async () => {
      await fc.assert(
        fc.asyncProperty(inputFor(seed.input()), async (input) => {
          const before = await rowCounts();
          const { status, body } = await call(path, seed.as, input);
          expect(status, body.slice(0, 500)).toBeLessThan(500);
          if (status < 400) return;
          expect(body).not.toMatch(SQL_WORDS);
          expect(await rowCounts()).toEqual(before);
        }),
        { numRuns: runs, endOnFailure: true, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
      );
    }, 120_000);
  }
});
