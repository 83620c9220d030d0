import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows, client, rejection, signedInAs, testConfig, type Client } from "./support";

/**
 * Issue 11 §1: the advice line. Immediate risk first; a named and a no-names call logged with
 * their threshold decisions; senior confirmation; a no-names call named later; the family's
 * chronology; other areas kept out.
 */
let t: TestDatabase;
let worker: Client;
let senior: Client;
let familyId: string;
let childId: string;
let northLocalityId: string;
let schoolId: string;

const noNamesCall = () => ({
  callerName: "Priya Shah",
  callerRole: "Designated safeguarding lead",
  organisationId: schoolId,
  callerEmail: "dsl@meadow.example",
  familyKind: "no_names" as const,
  childAge: 9,
  childSetting: "Year 4",
  localityId: northLocalityId,
  concern: "Arrives hungry most days and has missed several health appointments.",
  indicatorCodes: ["PC-BAS-2", "CD-HLT-2"],
  protectiveFactors: [],
  adviceGiven: "Talk to the parent about the school's breakfast club and the food bank.",
  outcome: "signpost" as const,
  signpostTo: "Breakfast club",
  level: 2,
});

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await signedInAs(t.db, "lcss_worker");
  senior = await signedInAs(t.db, "lcss_senior");
  const api = await worker.call();
  const person = await api.people.create({ firstName: "Ellie", lastName: "Consulted", dateOfBirth: "2017-03-04", postcode: "OX16 1AA" });
  if (person.status !== "created") throw new Error("expected a new person");
  childId = person.person.id;
  familyId = (await api.families.create({ name: "Consulted household", postcode: "OX16 1AA", members: [{ personId: childId, role: "child" }] })).id;
  const reference = await api.consultations.reference({});
  northLocalityId = reference.localities.find((l) => l.name === "Banbury North")!.id;
  schoolId = reference.organisations.find((o) => o.kind === "school")!.id;
});
afterAll(() => t.destroy());

describe("the consultation line", () => {
  it("gives the configured MASH number and records a caller sent there as social care now", async () => {
    const api = await (await signedInAs(t.db, "lcss_worker")).call();
    const reference = await api.consultations.reference({});
    expect(reference.mash).toEqual(testConfig.lcss.mash);
    const sent = await api.consultations.recordImmediateRisk({ callerName: "Head teacher", organisationId: schoolId });
    expect(sent).toMatchObject({ status: "closed", reference: expect.stringMatching(/^LC\d{6}$/) });
    const shown = await api.consultations.get({ consultationId: sent.id });
    expect(shown).toMatchObject({ immediateRisk: true, outcome: "social_care_now", decision: null });
  });

  it("logs a no-names call with the suggested level, and names no child", async () => {
    const api = await worker.call();
    const recorded = await api.consultations.create(noNamesCall());
    expect(recorded).toMatchObject({ status: "awaiting_feedback", suggestedLevel: 2, seniorConfirmationReasons: [] });
    const shown = await api.consultations.get({ consultationId: recorded.id });
    expect(shown).toMatchObject({ familyKind: "no_names", childAge: 9, familyId: null, children: [], level: 2 });
    expect(shown.decision).toMatchObject({ suggestedLevel: 2, level: 2, rationale: null, seniorConfirmationRequired: false });
    expect(shown.decision!.indicators.map((i) => i.code)).toEqual(["PC-BAS-2", "CD-HLT-2"]);
  });

  it("refuses a level that differs from the suggestion without a rationale, beside the field, writing nothing", async () => {
    const api = await worker.call();
    const before = await t.db.select().from(schema.consultations);
    const refused = await rejection(api.consultations.create({ ...noNamesCall(), level: 1, outcome: "advice_only" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.rationale?.[0]).toMatch(/Explain why the level is 1/);
    expect(await t.db.select().from(schema.consultations)).toHaveLength(before.length);
  });

  it("refuses identifying a family on a no-names call, and a level outside 1 to 4", async () => {
    const api = await worker.call();
    expect((await rejection(api.consultations.create({ ...noNamesCall(), familyId }))).fields.familyId?.[0]).toMatch(
      /must not record who the family is/,
    );
    expect((await rejection(api.consultations.create({ ...noNamesCall(), level: 5 }))).fields.level?.[0]).toBe("Level must be between 1 and 4");
  });

  it("sends a lower level than suggested to a senior, who confirms it; the worker cannot", async () => {
    const api = await worker.call();
    const recorded = await api.consultations.create({
      ...noNamesCall(),
      indicatorCodes: ["PC-BAS-3"],
      level: 2,
      rationale: "Grandmother now cooks for the family every day.",
      outcome: "advice_only",
    });
    expect(recorded.status).toBe("awaiting_confirmation");
    expect(recorded.seniorConfirmationReasons[0]).toMatch(/lower than the suggested level 3/);
    await expect(api.consultations.confirmDecision({ consultationId: recorded.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The senior works in Central: the North consultation is not theirs to see.
    await expect((await senior.call()).consultations.confirmDecision({ consultationId: recorded.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [northSenior] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_senior"));
    await t.db
      .update(schema.staffUsers)
      .set({ areaId: (await t.db.select().from(schema.areas).where(eq(schema.areas.code, "north")))[0]!.id })
      .where(eq(schema.staffUsers.id, northSenior!.id));
    const northSeniorApi = await (await signedInAs(t.db, "lcss_senior")).call();
    const confirmed = await northSeniorApi.consultations.confirmDecision({ consultationId: recorded.id });
    expect(confirmed).toMatchObject({ status: "awaiting_feedback", decision: { confirmedByName: northSenior!.displayName } });
    await t.db.update(schema.staffUsers).set({ areaId: northSenior!.areaId }).where(eq(schema.staffUsers.id, northSenior!.id));
  });

  it("asks a senior to confirm every decision at a level the council's policy names", async () => {
    const strict = await signedInAs(t.db, "lcss_worker");
    // The same member of staff's session, on a server whose policy names level 2.
    const api = client(t.db, { config: { ...testConfig, lcss: { ...testConfig.lcss, seniorConfirmationLevels: [2] } } });
    for (const [k, v] of strict.cookies.values) api.cookies.values.set(k, v);
    const recorded = await (await api.call()).consultations.create(noNamesCall());
    expect(recorded.status).toBe("awaiting_confirmation");
    expect(recorded.seniorConfirmationReasons).toEqual(["The council asks a senior practitioner to confirm every level 2 decision"]);
  });

  it("logs a named call about a child of the family, on the family's chronology, audited", async () => {
    const api = await worker.call();
    const recorded = await api.consultations.create({
      ...noNamesCall(),
      familyKind: "named",
      childAge: undefined,
      localityId: undefined,
      familyId,
      childIds: [childId],
      consentGivenBy: "Mother, on the phone with the school",
    });
    const shown = await api.consultations.get({ consultationId: recorded.id });
    expect(shown).toMatchObject({
      familyKind: "named",
      familyName: "Consulted household",
      children: [{ personId: childId, name: "Ellie Consulted" }],
    });
    const chronology = await api.chronology.list({ familyId, service: "lcss" });
    expect(chronology.events).toEqual([
      expect.objectContaining({ kind: "consultation", personIds: [childId], title: `Consultation ${shown.reference}` }),
    ]);
    const audited = (await auditRows(t.db)).filter((r) => r.action === "consultations.create" && r.entityId === childId);
    expect(audited).toHaveLength(1);
    const involvement = await api.families.involvement({ familyId });
    expect(involvement.services.lcss?.consultations).toEqual([
      expect.objectContaining({ reference: shown.reference, outcome: "signpost", level: 2 }),
    ]);
  });

  it("names a no-names consultation once consent is given, keeping what was recorded", async () => {
    const api = await worker.call();
    const recorded = await api.consultations.create(noNamesCall());
    const named = await api.consultations.makeNamed({
      consultationId: recorded.id,
      familyId,
      childIds: [childId],
      consentGivenBy: "Father, at the school gate",
    });
    expect(named).toMatchObject({
      familyKind: "named",
      familyId,
      childAge: 9,
      childSetting: "Year 4",
      namedAt: expect.any(String),
      decision: { level: 2 },
    });
    expect(named.children).toEqual([{ personId: childId, name: "Ellie Consulted" }]);
    const again = await rejection(
      api.consultations.makeNamed({ consultationId: recorded.id, familyId, childIds: [childId], consentGivenBy: "Father" }),
    );
    expect(again.fields.familyId?.[0]).toMatch(/Only a no-names consultation/);
    const chronology = await api.chronology.list({ familyId, service: "lcss" });
    expect(chronology.events.map((e) => e.id)).toContain(`consultation:${recorded.id}`);
  });

  it("lists the area's consultations with filters; another area's staff see none of them", async () => {
    const api = await worker.call();
    const all = await api.consultations.list({});
    expect(all.consultations.length).toBeGreaterThanOrEqual(5);
    const closed = await api.consultations.list({ status: "closed" });
    expect(closed.consultations.every((c) => c.outcome === "social_care_now")).toBe(true);
    const noNames = await api.consultations.list({ familyKind: "no_names" });
    expect(noNames.consultations.every((c) => c.familyName === null)).toBe(true);
    expect((await (await senior.call()).consultations.list({})).consultations).toEqual([]);
  });
});
