import { randomUUID } from "node:crypto";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { completedAssessment as completedAssessmentBy } from "./assessment-support";
import { areaIdOf, client, rejection, testConfig } from "./support";

/**
 * Team Around the Family (issue 11 §4) against real PostgreSQL: started only from a completed
 * assessment, one per assessment; members, a meeting, an action plan tied to the assessment's
 * desired outcomes; the review in the lead's My work on a controlled clock; a review in the past
 * refused; closing with a reason, on the chronology and in the Involvement section.
 */
let t: TestDatabase;
let now = new Date("2026-11-23T10:00:00Z");
const clock = () => now;
const staff: Record<"author" | "senior" | "southWorker", { id: string }> = {} as never;
let familyId: string;
let childId: string;
let parentId: string;

async function as(who: keyof typeof staff, config = testConfig) {
  const c = client(t.db, { now: clock, config });
  await startSession(t.db, c.cookies, config, { staffId: staff[who].id, now, ip: null, userAgent: null });
  return c.call();
}

async function addStaff(who: keyof typeof staff, role: "lcss_worker" | "lcss_senior", area: "north" | "south") {
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({
      email: `${who}.${randomUUID()}@hearth.test`,
      displayName: `TAF ${who}`,
      role,
      areaId: await areaIdOf(t.db, area),
      passwordHash: (await t.db.select().from(schema.staffUsers).limit(1))[0]!.passwordHash,
    })
    .returning();
  staff[who] = { id: row!.id };
}

/** An assessment written through the API and completed by its author on 20 November. */
async function completedAssessment(complete = true) {
  return completedAssessmentBy(await as("author"), { familyId, childId, parentId }, complete);
}

beforeAll(async () => {
  t = await createTestDatabase();
  await addStaff("author", "lcss_worker", "north");
  await addStaff("senior", "lcss_senior", "north");
  await addStaff("southWorker", "lcss_worker", "south");
  const api = await as("author");
  const person = async (firstName: string, dateOfBirth: string) => {
    const made = await api.people.create({ firstName, lastName: "Teamed", dateOfBirth, postcode: "OX16 1AA" });
    if (made.status !== "created") throw new Error("expected a new person");
    return made.person.id;
  };
  childId = await person("Ellie", "2017-03-04");
  parentId = await person("Jo", "1990-01-01");
  familyId = (
    await api.families.create({
      name: "Teamed household",
      postcode: "OX16 1AA",
      members: [
        { personId: childId, role: "child" },
        { personId: parentId, role: "parent_carer" },
      ],
    })
  ).id;
});
afterAll(() => t?.destroy());

describe("starting a team around the family", () => {
  it("only from a completed assessment, and only once", async () => {
    const api = await as("author");
    const draft = await completedAssessment(false);
    const refused = await rejection(api.taf.start({ assessmentId: draft, startedOn: "2026-11-23" }));
    expect(refused.fields.assessmentId).toEqual(["Complete the assessment before starting a team around the family"]);
    expect(await t.db.select().from(schema.teamsAroundFamilies)).toHaveLength(0);

    const eha = await completedAssessment();
    const early = await rejection(api.taf.start({ assessmentId: eha, startedOn: "2026-11-19" }));
    expect(early.fields.startedOn).toEqual(["The team cannot start before the assessment was completed, on 20 November 2026"]);
    const { id } = await api.taf.start({ assessmentId: eha, startedOn: "2026-11-23" });
    const again = await rejection(api.taf.start({ assessmentId: eha, startedOn: "2026-11-23" }));
    expect(again.fields.assessmentId).toEqual(["This assessment already has a team around the family"]);
    expect((await api.taf.ofAssessment({ assessmentId: eha })).taf).toEqual({ id, status: "open" });

    const taf = await api.taf.get({ tafId: id });
    // The assessment's lead professional and the adults assessed join the team; the first review is 6 weeks on.
    expect(taf.members.map((m) => [m.kind, m.name])).toEqual([
      ["lead_professional", "Sam Teacher"],
      ["family", "Jo Teamed"],
    ]);
    expect(taf.nextReviewOn).toBe("2027-01-04");
    expect(taf.desiredOutcomes).toEqual(["Ellie arrives on time", "The rent is paid"]);
  });

  it("another area's worker cannot see or start one: not found", async () => {
    const eha = await completedAssessment();
    const { id } = await (await as("author")).taf.start({ assessmentId: eha, startedOn: "2026-11-23" });
    const south = await as("southWorker");
    await expect(south.taf.get({ tafId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(south.taf.start({ assessmentId: await completedAssessment(), startedOn: "2026-11-23" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("running the team", () => {
  it("members, a meeting and an action plan tied to the desired outcomes", async () => {
    const api = await as("author");
    const { id } = await api.taf.start({ assessmentId: await completedAssessment(), startedOn: "2026-11-23" });
    const noAgency = await rejection(api.taf.addMember({ tafId: id, kind: "agency", name: "Pat Nurse" }));
    expect(noAgency.fields.agency).toEqual(["Enter the agency"]);
    await api.taf.addMember({
      tafId: id,
      kind: "agency",
      name: "Pat Nurse",
      agency: "Health visiting",
      role: "Health visitor",
      contact: "01632 960 001",
    });
    const withChild = await api.taf.addMember({ tafId: id, kind: "family", personId: childId, name: "Ellie" });
    expect(withChild.members.map((m) => m.name)).toEqual(["Sam Teacher", "Jo Teamed", "Ellie Teamed", "Pat Nurse"]);

    const future = await rejection(
      api.taf.recordMeeting({ tafId: id, heldOn: "2026-11-24", attendees: ["Jo"], apologies: [], summary: "Plan agreed" }),
    );
    expect(future.fields.heldOn).toEqual(["The meeting date must be today or in the past"]);
    const met = await api.taf.recordMeeting({
      tafId: id,
      heldOn: "2026-11-23",
      attendees: ["Jo Teamed", "Sam Teacher"],
      apologies: ["Pat Nurse"],
      summary: "Agreed a morning routine and a referral to the housing team.",
    });
    expect(met.meetings).toEqual([expect.objectContaining({ heldOn: "2026-11-23", apologies: ["Pat Nurse"] })]);

    // Scheduled ahead with a time and venue: the page's next meeting until its minutes are recorded.
    const past = await rejection(api.taf.scheduleMeeting({ tafId: id, scheduledOn: "2026-11-20", startsAt: "10:00", venue: "Cooper School" }));
    expect(past.fields.scheduledOn).toEqual(["The meeting must be on or after today, 23 November 2026"]);
    const badTime = await rejection(api.taf.scheduleMeeting({ tafId: id, scheduledOn: "2026-12-01", startsAt: "25:00", venue: "Cooper School" }));
    expect(badTime.fields.startsAt).toEqual(["Enter a time in 24-hour format, like 09:30"]);
    const scheduled = await api.taf.scheduleMeeting({ tafId: id, scheduledOn: "2026-12-01", startsAt: "15:30", venue: "Cooper School" });
    expect(scheduled.nextMeeting).toMatchObject({ scheduledOn: "2026-12-01", startsAt: "15:30", venue: "Cooper School", heldOn: null });
    const moved = await api.taf.scheduleMeeting({
      tafId: id,
      meetingId: scheduled.nextMeeting!.id,
      scheduledOn: "2026-12-02",
      startsAt: "09:30",
      venue: "Banbury Children and Family Centre",
    });
    expect(moved.meetings).toHaveLength(2);
    expect(moved.nextMeeting).toMatchObject({ id: scheduled.nextMeeting!.id, scheduledOn: "2026-12-02", startsAt: "09:30" });
    now = new Date("2026-12-02T12:00:00Z");
    const later = await as("author");
    const minuted = await later.taf.recordMeeting({
      tafId: id,
      meetingId: moved.nextMeeting!.id,
      heldOn: "2026-12-02",
      attendees: ["Jo Teamed"],
      apologies: [],
      summary: "Routine is working; housing referral accepted.",
    });
    expect(minuted.nextMeeting).toBeNull();
    expect(minuted.meetings[0]).toMatchObject({ id: moved.nextMeeting!.id, heldOn: "2026-12-02", venue: "Banbury Children and Family Centre" });
    const twice = await rejection(
      later.taf.recordMeeting({
        tafId: id,
        meetingId: moved.nextMeeting!.id,
        heldOn: "2026-12-02",
        attendees: ["Jo"],
        apologies: [],
        summary: "Again",
      }),
    );
    expect(twice.fields.meetingId).toEqual(["Choose a meeting of this team that is still to be held"]);
    now = new Date("2026-11-23T10:00:00Z");

    const stray = await rejection(
      api.taf.addAction({ tafId: id, action: "Buy an alarm clock", owner: "Jo", dueOn: "2026-12-01", outcome: "Something else" }),
    );
    expect(stray.fields.outcome).toEqual(["Choose one of the assessment's desired outcomes"]);
    const planned = await api.taf.addAction({
      tafId: id,
      action: "Refer to the housing team",
      owner: "Sam Teacher",
      agency: "Meadow Primary School",
      dueOn: "2026-12-04",
      outcome: "The rent is paid",
    });
    const action = planned.actions[0]!;
    expect(action).toMatchObject({ status: "open", outcome: "The rent is paid", agency: "Meadow Primary School" });
    const done = await api.taf.setActionStatus({ tafId: id, actionId: action.id, status: "done" });
    expect(done.actions[0]!.status).toBe("done");
  });
});

describe("reviews", () => {
  it("the next review is in the lead's My work, overdue once its date passes; a review in the past is refused", async () => {
    // A 4-week cycle from the API's configuration.
    const config = { ...testConfig, taf: { reviewWeeks: 4 } };
    const api = await as("author", config);
    const eha = await completedAssessment();
    const { id } = await api.taf.start({ assessmentId: eha, startedOn: "2026-11-23" });
    const reviewsIn = async () =>
      (await (await as("author", config)).myWork.list({ kinds: ["taf_review"] })).items.filter((i) => i.id.startsWith("taf-review:"));
    expect((await api.taf.get({ tafId: id })).nextReviewOn).toBe("2026-12-21");
    expect(await reviewsIn()).toContainEqual(
      expect.objectContaining({
        kind: "taf_review",
        dueOn: "2026-12-21",
        status: "due",
        familyId,
        assignedTo: expect.objectContaining({ id: staff.author.id }),
      }),
    );
    // Not in another worker's list.
    expect((await (await as("senior")).myWork.list({ kinds: ["taf_review"] })).items).toEqual([]);

    const past = await rejection(api.taf.scheduleReview({ tafId: id, dueOn: "2026-11-22" }));
    expect(past.fields.dueOn).toEqual(["The review must be on or after today, 23 November 2026"]);
    expect((await api.taf.get({ tafId: id })).nextReviewOn).toBe("2026-12-21");

    await api.taf.scheduleReview({ tafId: id, dueOn: "2026-12-14" });
    const saved = now;
    try {
      now = new Date("2026-12-15T10:00:00Z");
      const overdue = (await reviewsIn()).find((i) => i.dueOn === "2026-12-14");
      expect(overdue?.status).toBe("overdue");
      const reviewed = await (
        await as("author", config)
      ).taf.recordReview({ tafId: id, heldOn: "2026-12-15", summary: "Mornings better; rent still owed." });
      expect(reviewed.reviews).toEqual([expect.objectContaining({ dueOn: "2026-12-14", heldOn: "2026-12-15" })]);
      expect(reviewed.nextReviewOn).toBe("2027-01-12");
      expect((await reviewsIn()).filter((i) => i.familyId === familyId).map((i) => i.dueOn)).not.toContain("2026-12-14");
    } finally {
      now = saved;
    }
  });
});

describe("closing", () => {
  it("with a reason and a summary: the review leaves My work, nothing more is added, and it shows on the chronology and Involvement", async () => {
    const api = await as("author");
    const eha = await completedAssessment();
    const { id } = await api.taf.start({ assessmentId: eha, startedOn: "2026-11-23" });
    const noReason = await rejection(api.taf.close({ tafId: id, closedOn: "2026-11-23", reason: "finished" as never, summary: "Done" }));
    expect(noReason.fields.reason).toEqual(["Choose why the team around the family is closing"]);
    const reviewsBefore = (await api.myWork.list({ kinds: ["taf_review"] })).items.length;
    const closed = await api.taf.close({
      tafId: id,
      closedOn: "2026-11-23",
      reason: "stepped_down_to_universal",
      summary: "Mornings are settled; school will keep an eye.",
    });
    expect(closed).toMatchObject({ status: "closed", nextReviewOn: null, closure: { reason: "stepped_down_to_universal", closedOn: "2026-11-23" } });
    expect((await api.myWork.list({ kinds: ["taf_review"] })).items).toHaveLength(reviewsBefore - 1);
    expect(await t.db.select().from(schema.tafReviews)).not.toContainEqual(expect.objectContaining({ tafId: id }));
    await expect(api.taf.recordMeeting({ tafId: id, heldOn: "2026-11-23", attendees: ["Jo"], apologies: [], summary: "Late" })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );

    const chronology = await api.chronology.list({ familyId, kind: "team_around_the_family" });
    expect(chronology.events.map((e) => e.title)).toContain("Team Around the Family closed");
    expect(chronology.events.find((e) => e.id === `taf:${id}:closed`)).toMatchObject({
      summary: "Stepped down to universal services",
      significant: true,
    });
    const involvement = await api.families.involvement({ familyId });
    expect(involvement.services.lcss!.teamsAroundFamily).toContainEqual(
      expect.objectContaining({ id, assessmentId: eha, status: "closed", closureReason: "stepped_down_to_universal" }),
    );
    const audited = await t.db.select().from(schema.auditEvents);
    expect(audited.filter((a) => a.action === "taf.close" && a.entityId === id)).toHaveLength(1);
  });
});

describe("the open teams list", () => {
  it("shows the area's open teams with their lead, next scheduled meeting and review, or only the reader's; never another area's", async () => {
    const api = await as("author");
    const { id } = await api.taf.start({ assessmentId: await completedAssessment(), startedOn: "2026-11-23" });
    const unscheduled = (await api.taf.list({ mine: false })).teams.find((team) => team.id === id);
    expect(unscheduled).toMatchObject({ nextMeetingOn: null, nextReviewOn: "2027-01-04" });
    await api.taf.scheduleMeeting({ tafId: id, scheduledOn: "2026-12-10", startsAt: "10:00", venue: "Bicester Children and Family Centre" });
    await api.taf.scheduleMeeting({ tafId: id, scheduledOn: "2026-12-01", startsAt: "15:00", venue: "Cooper School" });
    const listed = (await api.taf.list({ mine: false })).teams;
    expect(listed).toContainEqual(
      expect.objectContaining({
        id,
        familyId,
        familyName: "Teamed household",
        leadName: "TAF author",
        nextMeetingOn: "2026-12-01",
        nextMeetingAt: "15:00",
        nextReviewOn: "2027-01-04",
      }),
    );
    expect((await api.taf.list({ mine: true })).teams.map((team) => team.id)).toContain(id);
    expect((await (await as("senior")).taf.list({ mine: true })).teams.map((team) => team.id)).not.toContain(id);
    expect((await (await as("southWorker")).taf.list({ mine: false })).teams.map((team) => team.id)).not.toContain(id);

    await api.taf.close({ tafId: id, closedOn: "2026-11-23", reason: "outcomes_met", summary: "Done." });
    expect((await api.taf.list({ mine: false })).teams.map((team) => team.id)).not.toContain(id);
  });
});
