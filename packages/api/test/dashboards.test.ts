import { randomUUID } from "node:crypto";
import { insertConsultation, insertThresholdDecision, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { assessmentFramework, type DashboardSection, type StaffRole } from "@hearth/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { client, rejection, testConfig } from "./support";

/**
 * The dashboards (issue 15 §2) against real PostgreSQL, every figure counted from rows made here
 * in an area of its own (so the seed cannot move them), for the period January to March 2026:
 * the area's FSS manager sees exact numbers, the data officer the same figures with those under 5
 * shown as "fewer than 5" (and no number sent), and nobody in another area sees this one's.
 */
let t: TestDatabase;
// Monday 20 April 2026.
const now = new Date("2026-04-20T10:00:00Z");
const period = { from: "2026-01-01", to: "2026-03-31" };
const areaCode = `dash-${randomUUID().slice(0, 8)}`;
// 10,000 children, so a rate per 10,000 is the count itself.
const config = { ...testConfig, dashboards: { childPopulation: { [areaCode]: 10_000 } } };
let areaId: string;
let otherAreaId: string;
let otherLocalityId: string;
const staff = {} as Record<"manager" | "otherManager" | "dataOfficer", string>;
let needLabel: string;

async function as(staffId: string) {
  const c = client(t.db, { now: () => now, config });
  await startSession(t.db, c.cookies, config, { staffId, now, ip: null, userAgent: null });
  return c.call();
}

async function newStaff(role: StaffRole, area: string | null) {
  const [anyStaff] = await t.db.select().from(schema.staffUsers).limit(1);
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `dash.${randomUUID()}@hearth.test`, displayName: `Dashboard ${role}`, role, areaId: area, passwordHash: anyStaff!.passwordHash })
    .returning();
  return row!.id;
}

async function newArea(code: string) {
  const [area] = await t.db
    .insert(schema.areas)
    .values({ code, name: `Area ${code}`, office: "Town Hall" })
    .returning();
  return area!.id;
}

async function child(sex: "F" | "M", dateOfBirth: string, hasSend: boolean | null) {
  const [row] = await t.db.insert(schema.people).values({ firstName: "Dash", lastName: "Child", dateOfBirth, sex, hasSend, areaId }).returning();
  return row!.id;
}

async function familyOf(children: string[]) {
  const [family] = await t.db.insert(schema.families).values({ name: "Dash family", areaId }).returning();
  await t.db.insert(schema.familyMembers).values(children.map((personId) => ({ familyId: family!.id, personId, role: "child" as const })));
  return family!.id;
}

async function requestFor(familyId: string, level: number, requestedAt: string) {
  await t.db.insert(schema.requestsForService).values({
    areaId,
    familyId,
    level,
    reasons: "Dashboard test",
    triedSoFar: "Advice",
    consentGivenBy: "Parent",
    consentGivenOn: "2026-01-02",
    requestedBy: staff.manager,
    requestedAt: new Date(requestedAt),
  });
}

async function openCin(personId: string, cpPlan: boolean) {
  const [referral] = await t.db
    .insert(schema.cinReferrals)
    .values({ personId, referralDate: "2026-01-10", referralSource: "2A", primaryNeed: "N1", referralNfa: false })
    .returning();
  if (cpPlan)
    await t.db.insert(schema.childProtectionPlans).values({
      referralId: referral!.id,
      startDate: "2026-02-01",
      initialCategory: "NEG",
      latestCategory: "NEG",
      numberOfPreviousCpp: 0,
    });
}

beforeAll(async () => {
  t = await createTestDatabase();
  areaId = await newArea(areaCode);
  otherAreaId = await newArea(`other-${randomUUID().slice(0, 8)}`);
  const [locality] = await t.db
    .insert(schema.localities)
    .values({ areaId: otherAreaId, name: `Elsewhere ${randomUUID()}` })
    .returning();
  otherLocalityId = locality!.id;
  staff.manager = await newStaff("fss_manager", areaId);
  staff.otherManager = await newStaff("fss_manager", otherAreaId);
  staff.dataOfficer = await newStaff("data_officer", null);
  const worker = await newStaff("lcss_worker", areaId);

  const [school] = await t.db
    .insert(schema.callerOrganisations)
    .values({ name: `Dash school ${randomUUID()}`, kind: "school", areaId })
    .returning();
  const [indicator] = await t.db.select().from(schema.thresholdIndicators).limit(1);
  const framework = assessmentFramework as Record<string, { areas: Record<string, string> }>;
  needLabel = framework[indicator!.domain]!.areas[indicator!.area]!;
  const call = (receivedAt: string, childAge: number, organisation: "school" | "other") =>
    insertConsultation(t.db, {
      areaId,
      takenBy: worker,
      immediateRisk: false,
      familyKind: "no_names",
      childAge,
      outcome: "advice_only",
      status: "closed",
      receivedAt: new Date(receivedAt),
      ...(organisation === "school" ? { organisationId: school!.id } : { organisationOther: "Parish council" }),
    });
  for (let i = 0; i < 6; i++) {
    const row = await call("2026-02-10T10:00:00Z", 7, "school");
    if (i < 5)
      await insertThresholdDecision(t.db, {
        decision: {
          consultationId: row.id,
          childIds: [],
          consent: "no_names",
          decidedByStaffId: worker,
          decidedOn: "2026-02-10",
          indicatorCodes: [indicator!.code],
          protectiveFactors: [],
          level: 2,
          rationale: "Dashboard",
          outcome: "advice",
        },
        suggestedLevel: 2,
        seniorConfirmationRequired: false,
      });
  }
  await call("2026-03-01T10:00:00Z", 16, "other");
  await call("2026-03-01T10:00:00Z", 16, "other");
  await call("2025-12-01T10:00:00Z", 7, "school"); // before the period

  const a = [await child("F", "2024-01-01", true), await child("M", "2018-01-01", false), await child("F", "2014-01-01", null)];
  const b = [await child("M", "2010-01-01", null), await child("M", "2009-06-01", null)];
  const familyA = await familyOf(a);
  await requestFor(familyA, 3, "2026-02-15T10:00:00Z");
  await requestFor(await familyOf(b), 4, "2026-03-10T10:00:00Z");

  const [fssCase] = await t.db
    .insert(schema.fssCases)
    .values({ familyId: familyA, areaId, keyWorkerId: staff.manager, reason: "Dashboard", openedOn: "2026-01-05", openedBy: staff.manager })
    .returning();
  await t.db.insert(schema.fssCaseChildren).values(a.map((personId) => ({ caseId: fssCase!.id, personId, category: "child_in_need" as const })));
  const [visit] = await t.db
    .insert(schema.caseVisits)
    .values({
      caseId: fssCase!.id,
      kind: "home",
      occurredAt: new Date("2026-04-15T10:00:00Z"),
      occurredOn: "2026-04-15",
      whoWasSeen: "Child",
      narrative: "Seen",
      recordedBy: staff.manager,
    })
    .returning();
  await t.db.insert(schema.caseVisitChildren).values({ visitId: visit!.id, personId: a[0]!, seen: true, seenAlone: true });

  for (const [i, personId] of [...a, ...b, await child("F", "2020-05-05", null)].entries()) await openCin(personId, i < 2);
});
afterAll(() => t?.destroy());

const figure = (section: DashboardSection, id: string) => {
  const found = section.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return Object.fromEntries(found.rows.map((r) => [r.label, r.suppressed ? "fewer than 5" : r.value]));
};

describe("the dashboards for an area's manager", () => {
  it("counts consultations by caller, age, need and level, and requests for service by level, sex, age and SEN", async () => {
    const section = await (await as(staff.manager)).dashboards.referrals(period);
    expect(section.areaName).toBe(`Area ${areaCode}`);
    expect(section.smallNumbersSuppressed).toBe(false);
    expect(figure(section, "consultations-by-source")).toMatchObject({ School: 6, Other: 2, Police: 0 });
    expect(figure(section, "consultations-by-age")).toMatchObject({ "5 to 10": 6, "16 to 17": 2, "0 to 4": 0 });
    expect(figure(section, "consultations-by-need")[needLabel]).toBe(5);
    expect(figure(section, "threshold-levels")).toMatchObject({ "Level 2: Additional": 5, "No decision yet": 3 });
    expect(figure(section, "requests-by-level")).toMatchObject({
      "Level 3: Complex": 1,
      "Level 4: Acute or specialist": 1,
      "Level 2: Additional": 0,
    });
    expect(figure(section, "request-children-by-sex")).toMatchObject({ Female: 2, Male: 3, "Not known": 0 });
    expect(figure(section, "request-children-by-age")).toMatchObject({ "0 to 4": 1, "5 to 10": 1, "11 to 15": 1, "16 to 17": 2 });
    expect(figure(section, "request-children-by-sen")).toMatchObject({ "SEN or disability": 1, "No SEN": 1, "Not recorded": 3 });
  });

  it("counts caseloads, visits up to date, children in need and on plans with rates per 10,000, and census readiness", async () => {
    const section = await (await as(staff.manager)).dashboards.casework(period);
    expect(figure(section, "fss-caseloads")).toEqual({ "Dashboard fss_manager": 1 });
    expect(figure(section, "fss-case-children")).toEqual({ "Dashboard fss_manager": 3 });
    // One of the three was seen on 15 April (next due 13 May); the others never, so overdue since February.
    expect(figure(section, "visits-on-time")).toEqual({ "Child in need": 33.3, "Child protection plan": null });
    expect(figure(section, "children-in-need")).toEqual({ [`Area ${areaCode}`]: 6 });
    expect(figure(section, "children-in-need-rate")).toEqual({ [`Area ${areaCode}`]: 6 });
    expect(figure(section, "cp-plans")).toEqual({ [`Area ${areaCode}`]: 2 });
    expect(figure(section, "cp-plans-rate")).toEqual({ [`Area ${areaCode}`]: 2 });
    const census = figure(section, "census-readiness");
    expect(Number(census["Ready for the census"]) + Number(census["With census problems to put right"])).toBe(6);
  });
});

describe("the small-number rule", () => {
  it("shows the data officer fewer than 5 instead of the number, and never sends it", async () => {
    const api = await as(staff.dataOfficer);
    const referrals = await api.dashboards.referrals({ ...period, areaId });
    expect(referrals.smallNumbersSuppressed).toBe(true);
    expect(figure(referrals, "consultations-by-source")).toMatchObject({ School: 6, Other: "fewer than 5", Police: 0 });
    expect(figure(referrals, "request-children-by-sex")).toMatchObject({ Female: "fewer than 5", Male: "fewer than 5" });
    const suppressed = referrals.figures.flatMap((f) => f.rows).filter((r) => r.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.value === null)).toBe(true);

    const casework = await api.dashboards.casework({ ...period, areaId });
    expect(figure(casework, "children-in-need")).toEqual({ [`Area ${areaCode}`]: 6 });
    expect(figure(casework, "cp-plans")).toEqual({ [`Area ${areaCode}`]: "fewer than 5" });
    // The rate would give the count back, so it goes too.
    expect(figure(casework, "cp-plans-rate")).toEqual({ [`Area ${areaCode}`]: "fewer than 5" });
    // 1 of 3 up to date: both the part and the whole are small.
    expect(figure(casework, "visits-on-time")["Child in need"]).toBe("fewer than 5");
  });
});

describe("who sees which area", () => {
  it("answers a manager asking for another area, or a locality in one, NOT_FOUND", async () => {
    const api = await as(staff.manager);
    expect((await rejection(api.dashboards.referrals({ ...period, areaId: otherAreaId }))).code).toBe("NOT_FOUND");
    expect((await rejection(api.dashboards.casework({ ...period, localityId: otherLocalityId }))).code).toBe("NOT_FOUND");
  });

  it("shows another area's manager their own area, without this one's figures", async () => {
    const theirs = await (await as(staff.otherManager)).dashboards.referrals(period);
    expect(theirs.areaName).not.toBe(`Area ${areaCode}`);
    expect(figure(theirs, "consultations-by-source")).toMatchObject({ School: 0 });
  });

  it("shows the data officer the county unless they choose an area", async () => {
    const api = await as(staff.dataOfficer);
    const county = await api.dashboards.reach(period);
    expect(county.areaName).toBeNull();
    expect((await api.dashboards.neet(period)).figures.map((f) => f.id)).toEqual(["neet-share", "not-known-share"]);
    expect((await api.dashboards.programmes(period)).figures.map((f) => f.id)).toEqual(["programme-completion", "programme-outcomes"]);
  });

  it("refuses a period longer than 5 years in plain words", async () => {
    const refused = await rejection((await as(staff.dataOfficer)).dashboards.referrals({ from: "2020-01-01", to: "2026-01-01" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.to).toEqual(["The period must be 5 years or shorter"]);
  });
});
