import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { areaIdOf, client, rejection, testConfig } from "./support";

/**
 * Issue 11 §3: the Early Help Assessment. A task list of sections, each saved whole and kept as a
 * draft while typed; consent that must come before the work; completed → signed off by another
 * senior practitioner (or returned with comments) → reviewed; a quality audit; the family's
 * chronology and Involvement.
 */
let t: TestDatabase;
let now = new Date("2026-11-23T10:00:00Z");
const clock = () => now;
const staff: Record<"author" | "senior" | "otherSenior" | "southWorker", { id: string; email: string }> = {} as never;
let familyId: string;
let childId: string;
let secondChildId: string;
let parentId: string;

async function as(who: keyof typeof staff) {
  const c = client(t.db, { now: clock });
  await startSession(t.db, c.cookies, testConfig, { staffId: staff[who].id, now: now, ip: null, userAgent: null });
  return c.call();
}

async function addStaff(who: keyof typeof staff, role: "lcss_worker" | "lcss_senior", area: "north" | "south") {
  const email = `${who}.${randomUUID()}@hearth.test`;
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({
      email,
      displayName: `EHA ${who}`,
      role,
      areaId: await areaIdOf(t.db, area),
      passwordHash: (await t.db.select().from(schema.staffUsers).limit(1))[0]!.passwordHash,
    })
    .returning();
  staff[who] = { id: row!.id, email };
}

const section = {
  consent: (givenOn = "2026-11-16") => ({ section: "consent" as const, givenByPersonId: parentId, method: "written" as const, givenOn }),
  lead: {
    section: "leadProfessional" as const,
    leadProfessional: { name: "Sam Teacher", agency: "Meadow Primary School", role: "Designated safeguarding lead" },
  },
  child: (personId: string) => ({
    section: "child" as const,
    personId,
    domains: {
      child_development: { strengths: "Reads well for her age.", needs: "Often late and tired." },
      parenting_capacity: { strengths: "Mum is warm and caring.", needs: "" },
      family_environment: { needs: "Rent arrears; the family may lose the flat." },
    },
    childsVoice: "I like school but I am tired in the mornings.",
  }),
  parents: { section: "parentsViews" as const, parentsViews: "Mum wants help with the mornings and with money." },
  analysis: {
    section: "analysis" as const,
    analysis: "Housing worry is behind the lateness.",
    desiredOutcomes: ["Ellie arrives on time", "The rent is paid"],
  },
};

async function startedAndWritten() {
  const api = await as("author");
  const { id } = await api.assessments.start({ familyId, childIds: [childId], adultIds: [parentId], startedOn: "2026-11-16" });
  for (const content of [section.consent(), section.lead, section.child(childId), section.parents, section.analysis]) {
    await api.assessments.saveSection({ assessmentId: id, content });
  }
  return id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await addStaff("author", "lcss_worker", "north");
  await addStaff("senior", "lcss_senior", "north");
  await addStaff("otherSenior", "lcss_senior", "north");
  await addStaff("southWorker", "lcss_worker", "south");
  const api = await as("author");
  const person = async (firstName: string, dateOfBirth: string) => {
    const made = await api.people.create({ firstName, lastName: "Assessed", dateOfBirth, postcode: "OX16 1AA" });
    if (made.status !== "created") throw new Error("expected a new person");
    return made.person.id;
  };
  childId = await person("Ellie", "2017-03-04");
  secondChildId = await person("Sam", "2020-06-01");
  parentId = await person("Jo", "1990-01-01");
  familyId = (
    await api.families.create({
      name: "Assessed household",
      postcode: "OX16 1AA",
      members: [
        { personId: childId, role: "child" },
        { personId: secondChildId, role: "child" },
        { personId: parentId, role: "parent_carer" },
      ],
    })
  ).id;
});
afterAll(() => t?.destroy());

describe("the task list", () => {
  it("starts from the family with children and adults, and each section goes Not started → In progress → Completed", async () => {
    const api = await as("author");
    const { id } = await api.assessments.start({ familyId, childIds: [childId, secondChildId], adultIds: [parentId], startedOn: "2026-11-16" });
    const started = await api.assessments.get({ assessmentId: id });
    expect(started.children.map((c) => c.name).sort()).toEqual(["Ellie Assessed", "Sam Assessed"]);
    expect(started.adults).toEqual([{ personId: parentId, name: "Jo Assessed", role: "parent_carer" }]);
    expect(started.tasks.map((s) => s.status)).toEqual(Array(6).fill("not_started"));
    expect(
      started.tasks
        .filter((s) => s.personId)
        .map((s) => s.title)
        .sort(),
    ).toEqual(["Assessment of Ellie Assessed", "Assessment of Sam Assessed"]);

    await api.drafts.save({ formKey: `assessment.parentsViews:${id}`, data: { parentsViews: "Mum wants" } });
    expect((await api.assessments.get({ assessmentId: id })).tasks.find((s) => s.key === "parentsViews")!.status).toBe("in_progress");

    const saved = await api.assessments.saveSection({ assessmentId: id, content: section.parents });
    expect(saved.tasks.find((s) => s.key === "parentsViews")!.status).toBe("completed");
    expect(saved.parentsViews).toBe(section.parents.parentsViews);
    // The saved section's draft is gone with the save.
    expect(await api.drafts.get({ formKey: `assessment.parentsViews:${id}` })).toBeNull();
  });

  it("refuses a child or an adult who is not in the family, writing nothing", async () => {
    const api = await as("author");
    const before = await t.db.select().from(schema.earlyHelpAssessments);
    const refused = await rejection(api.assessments.start({ familyId, childIds: [parentId], adultIds: [], startedOn: "2026-11-16" }));
    expect(refused.fields["childIds.0"]?.[0]).toBe("Choose a child from the family");
    expect(await t.db.select().from(schema.earlyHelpAssessments)).toHaveLength(before.length);
  });

  it("keeps a section's draft through a session expiry: signed out while idle, the words are there after signing in", async () => {
    const api = await as("author");
    const { id } = await api.assessments.start({ familyId, childIds: [childId], adultIds: [], startedOn: "2026-11-16" });
    const formKey = `assessment.child-a:${id}`;
    const typed = { childsVoice: "I like school but", domains: { child_development: { strengths: "Reads well", needs: "" } } };
    const worker = client(t.db, { now: clock });
    await (await worker.call()).auth.signIn({ email: staff.author.email, password: DEMO_PASSWORD });
    await (await worker.call()).drafts.save({ formKey, data: typed });

    const saved = now;
    now = new Date(now.getTime() + testConfig.sessionIdleMs + 1);
    try {
      await expect((await worker.call()).assessments.get({ assessmentId: id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await (await worker.call()).auth.signIn({ email: staff.author.email, password: DEMO_PASSWORD });
      expect(await (await worker.call()).drafts.get({ formKey })).toEqual({ data: typed, updatedAt: saved.toISOString() });
      const shown = await (await worker.call()).assessments.get({ assessmentId: id });
      expect(shown.tasks.find((s) => s.key === "child-a")!.status).toBe("in_progress");
    } finally {
      now = saved;
    }
  });

  it("keeps another area's assessment out, as if it did not exist", async () => {
    const id = await startedAndWritten();
    await expect((await as("southWorker")).assessments.get({ assessmentId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("consent", () => {
  it("refuses consent dated after the work it allows, beside the date", async () => {
    const api = await as("author");
    const { id } = await api.assessments.start({ familyId, childIds: [childId], adultIds: [parentId], startedOn: "2026-11-16" });
    const refused = await rejection(api.assessments.saveSection({ assessmentId: id, content: section.consent("2026-11-20") }));
    expect(refused.fields.givenOn?.[0]).toMatch(/Consent must be given before the work it allows: this assessment started on 16 November 2026/);
    expect((await api.assessments.get({ assessmentId: id })).consent.givenOn).toBeNull();
  });

  it("refuses consent from someone not in the assessment", async () => {
    const api = await as("author");
    const { id } = await api.assessments.start({ familyId, childIds: [childId], adultIds: [], startedOn: "2026-11-16" });
    const refused = await rejection(api.assessments.saveSection({ assessmentId: id, content: section.consent() }));
    expect(refused.fields.givenByPersonId?.[0]).toBe("Choose someone in the assessment");
  });

  it("stops sharing once withdrawn: no sign-off, no further changes, and it shows on the chronology", async () => {
    const id = await startedAndWritten();
    const api = await as("author");
    await api.assessments.complete({ assessmentId: id, on: "2026-11-20" });
    const withdrawn = await api.assessments.withdrawConsent({ assessmentId: id, withdrawnOn: "2026-11-21", reason: "Mum no longer wants help" });
    expect(withdrawn).toMatchObject({ sharingAllowed: false, consent: { withdrawnOn: "2026-11-21" } });
    const refused = await rejection((await as("senior")).assessments.signOff({ assessmentId: id, on: "2026-11-22" }));
    expect(refused.fields.on?.[0]).toBe("The family withdrew consent on 21 November 2026: the assessment cannot be taken further");
    const before = await rejection(api.assessments.withdrawConsent({ assessmentId: id, withdrawnOn: "2026-11-10" }));
    expect(before.fields.withdrawnOn?.[0]).toMatch(/already withdrawn/);
    const chronology = await api.chronology.list({ familyId });
    expect(chronology.events.some((e) => e.id.startsWith("assessment:") && e.title === "Consent to the Early Help Assessment withdrawn")).toBe(true);
  });
});

describe("sign-off", () => {
  it("cannot complete until every section is done, saying which", async () => {
    const api = await as("author");
    const { id } = await api.assessments.start({ familyId, childIds: [childId], adultIds: [parentId], startedOn: "2026-11-16" });
    await api.assessments.saveSection({ assessmentId: id, content: section.consent() });
    const refused = await rejection(api.assessments.complete({ assessmentId: id, on: "2026-11-20" }));
    expect(refused.fields.on).toEqual([
      "Complete the section ‘Lead professional’",
      "Complete the section ‘Assessment of each child’",
      "Complete the section ‘Parents’ and carers’ views’",
      "Complete the section ‘Analysis and desired outcomes’",
    ]);
  });

  it("refuses an assessment signed off by its own author, in plain English", async () => {
    const api = await as("senior");
    const { id } = await api.assessments.start({ familyId, childIds: [childId], adultIds: [parentId], startedOn: "2026-11-16" });
    for (const content of [section.consent(), section.lead, section.child(childId), section.parents, section.analysis]) {
      await api.assessments.saveSection({ assessmentId: id, content });
    }
    await api.assessments.complete({ assessmentId: id, on: "2026-11-20" });
    const refused = await rejection(api.assessments.signOff({ assessmentId: id, on: "2026-11-21" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.on).toEqual([
      "You wrote this assessment, so you cannot sign it off: another senior practitioner must check it and sign it off",
    ]);
    expect((await api.assessments.get({ assessmentId: id })).status).toBe("completed");
    // Another senior practitioner may.
    const signed = await (await as("otherSenior")).assessments.signOff({ assessmentId: id, on: "2026-11-21" });
    expect(signed).toMatchObject({ status: "signed_off", signedOffOn: "2026-11-21" });
  });

  it("a locality worker cannot sign off at all", async () => {
    const id = await startedAndWritten();
    await (await as("author")).assessments.complete({ assessmentId: id, on: "2026-11-20" });
    await expect((await as("author")).assessments.signOff({ assessmentId: id, on: "2026-11-21" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("returned with comments: a draft again, the author sees the comments, and can correct and complete it", async () => {
    const id = await startedAndWritten();
    const author = await as("author");
    await author.assessments.complete({ assessmentId: id, on: "2026-11-20" });
    const returned = await (await as("senior")).assessments.returnToAuthor({ assessmentId: id, comments: "Say more about the rent arrears." });
    expect(returned).toMatchObject({ status: "draft", completedOn: null, returnComments: "Say more about the rent arrears." });
    const seen = await author.assessments.get({ assessmentId: id });
    expect(seen.history.map((h) => h.kind)).toEqual(["started", "completed", "returned"]);
    expect(seen.history.at(-1)!.note).toBe("Say more about the rent arrears.");
    await author.assessments.saveSection({ assessmentId: id, content: { ...section.analysis, analysis: "Rent arrears of £900 since August." } });
    expect((await author.assessments.complete({ assessmentId: id, on: "2026-11-22" })).status).toBe("completed");
    const empty = await rejection((await as("senior")).assessments.returnToAuthor({ assessmentId: id, comments: "  " }));
    expect(empty.fields.comments?.[0]).toBe("Say what the author needs to change");
  });

  it("signed off, then reviewed; a review dated on or before the last is refused; all on the chronology and Involvement", async () => {
    const id = await startedAndWritten();
    await (await as("author")).assessments.complete({ assessmentId: id, on: "2026-11-20" });
    await (await as("senior")).assessments.signOff({ assessmentId: id, on: "2026-11-21" });
    const early = await rejection((await as("author")).assessments.review({ assessmentId: id, on: "2026-11-21", summary: "Too soon" }));
    expect(early.fields.on?.[0]).toMatch(/A review must be dated after/);
    const reviewed = await (await as("author")).assessments.review({ assessmentId: id, on: "2026-11-23", summary: "Ellie is on time most days." });
    expect(reviewed.status).toBe("reviewed");
    expect(reviewed.history.map((h) => h.kind)).toEqual(["started", "completed", "signed_off", "reviewed"]);

    const api = await as("author");
    const titles = (await api.chronology.list({ familyId })).events.filter((e) => e.id.startsWith("assessment:")).map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(["Early Help Assessment signed off", "Early Help Assessment reviewed"]));
    const involvement = await api.families.involvement({ familyId });
    expect(involvement.services.lcss!.assessments).toContainEqual(
      expect.objectContaining({ id, status: "reviewed", leadProfessional: "Sam Teacher, Meadow Primary School" }),
    );
  });
});

describe("the area's list", () => {
  it("shows a senior the assessments awaiting sign-off in their area, and none from another area", async () => {
    const id = await startedAndWritten();
    await (await as("author")).assessments.complete({ assessmentId: id, on: "2026-11-20" });
    const awaiting = await (await as("senior")).assessments.list({ status: "completed" });
    expect(awaiting.assessments).toContainEqual(
      expect.objectContaining({ id, familyName: "Assessed household", leadProfessional: "Sam Teacher, Meadow Primary School" }),
    );
    expect(awaiting.assessments.every((a) => a.status === "completed")).toBe(true);
    expect((await (await as("southWorker")).assessments.list({})).assessments.map((a) => a.id)).not.toContain(id);
  });
});

describe("my work", () => {
  it("puts a draft led by a partner agency's professional in the work of the worker who started it", async () => {
    const api = await as("author");
    const { id } = await api.assessments.start({ familyId, childIds: [childId], adultIds: [], startedOn: "2026-11-16" });
    await api.assessments.saveSection({ assessmentId: id, content: section.lead });
    const mine = await api.myWork.list({});
    expect(JSON.stringify(mine)).toContain(id);
  });
});

describe("quality audit", () => {
  it("a senior rates a completed assessment; the author sees the feedback, the chronology does not", async () => {
    const id = await startedAndWritten();
    await (await as("author")).assessments.complete({ assessmentId: id, on: "2026-11-20" });
    const audited = await (
      await as("senior")
    ).assessments.qualityAudit({ assessmentId: id, rating: "good", feedback: "Clear analysis; add the school's view." });
    expect(audited.qualityAudit).toMatchObject({ rating: "good", feedback: "Clear analysis; add the school's view." });
    const byAuthor = await (await as("author")).assessments.get({ assessmentId: id });
    expect(byAuthor.qualityAudit?.feedback).toBe("Clear analysis; add the school's view.");
    const events = (await (await as("author")).chronology.list({ familyId })).events;
    expect(events.some((e) => e.title === "Early Help Assessment quality audit")).toBe(false);
    await expect((await as("author")).assessments.qualityAudit({ assessmentId: id, rating: "good", feedback: "Mine" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("audits are recorded with who did what", async () => {
    const id = await startedAndWritten();
    const rows = await t.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, id));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(["assessments.start", "assessments.saveSection"]));
    expect(rows.every((r) => r.actorStaffId === staff.author.id)).toBe(true);
  });
});
