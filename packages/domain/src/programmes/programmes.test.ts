import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attendanceSummary, programmeOutcomeChange } from "./attendance";
import { checkEnrolment, type EnrolmentRequest } from "./enrolment";
import { meetsEvidenceBar, programmeCreateSchema, sessionsNeededToComplete, type Programme } from "./programme-catalogue";
import { programmeRunCreateSchema, programmeRunSessions } from "./programme-run";

const programme = {
  id: "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
  ...(programmeCreateSchema.parse({
    name: "Incredible Years (school age)",
    category: "parenting",
    evidenceRating: "4+",
    childAgeFrom: 6,
    childAgeTo: 12,
    levelsOfNeed: [2, 3],
    numberOfSessions: 10,
    completionShare: 0.7,
  }) as Programme),
};

const run = {
  id: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
  ...programmeRunCreateSchema.parse({
    programmeId: programme.id,
    venue: { name: "Cherwell School hall", postcode: "OX2 7EE" },
    schedule: { weekday: "thursday", startTime: "09:30", endTime: "11:30", startsOn: "2026-04-16" },
    facilitators: [{ name: "Fran Okafor" }, { name: "Mo Hughes" }],
    capacity: 2,
  }),
};

const family = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";

function request(overrides: Partial<EnrolmentRequest> = {}): EnrolmentRequest {
  return {
    programme,
    run,
    familyId: family,
    child: { name: "Kai", dateOfBirth: "2018-01-20" },
    levelOfNeed: 3,
    enrolments: [],
    ...overrides,
  };
}

describe("programme catalogue", () => {
  it("refuses impossible values in plain English", () => {
    const base = {
      name: "X",
      category: "parenting",
      evidenceRating: "3",
      childAgeFrom: 0,
      childAgeTo: 5,
      levelsOfNeed: [2],
      numberOfSessions: 8,
      completionShare: 0.75,
    };
    const messages = (v: object) => programmeCreateSchema.safeParse({ ...base, ...v }).error?.issues.map((i) => i.message);
    expect(messages({ completionShare: 75 })).toEqual(["Completion share must be between 0 and 1, like 0.75"]);
    expect(messages({ levelsOfNeed: [5] })).toEqual(["Level must be between 1 and 4"]);
    expect(messages({ childAgeFrom: 8, childAgeTo: 4 })).toEqual(["The oldest age must not be below the youngest"]);
    expect(messages({ evidenceRating: "5" })).toEqual(["Choose an evidence rating from 2 to 4+, or not rated"]);
  });

  it("knows which programmes meet the evidence bar", () => {
    expect(meetsEvidenceBar("3")).toBe(true);
    expect(meetsEvidenceBar("2+")).toBe(false);
    expect(meetsEvidenceBar("not_rated")).toBe(false);
    expect(meetsEvidenceBar("3+", "4")).toBe(false);
  });

  it("rounds the sessions needed up, without floating-point surprises", () => {
    expect(sessionsNeededToComplete({ numberOfSessions: 10, completionShare: 0.7 })).toBe(7);
    expect(sessionsNeededToComplete({ numberOfSessions: 12, completionShare: 0.75 })).toBe(9);
    expect(sessionsNeededToComplete({ numberOfSessions: 9, completionShare: 0.5 })).toBe(5);
  });
});

describe("runs", () => {
  it("schedule the programme's ten weekly sessions from the first Thursday", () => {
    const dates = programmeRunSessions(run, programme).map((s) => s.date);
    expect(dates).toHaveLength(10);
    expect(dates[0]).toBe("2026-04-16");
    expect(dates.at(-1)).toBe("2026-06-18");
  });

  it("need a facilitator", () => {
    expect(programmeRunCreateSchema.safeParse({ ...run, facilitators: [] }).error?.issues[0]?.message).toBe("Add at least one facilitator");
  });
});

describe("enrolment", () => {
  it("enrols an eligible family", () => {
    expect(checkEnrolment(request())).toEqual({ ok: true, value: { placesTaken: 1 } });
  });

  it("checks age at the start of the run and level of need", () => {
    expect(checkEnrolment(request({ child: { name: "Ava", dateOfBirth: "2021-03-01" }, levelOfNeed: 4 }))).toEqual({
      ok: false,
      reasons: [
        "Ava will be 5 when the run starts: Incredible Years (school age) is for children aged 6 to 12",
        "Incredible Years (school age) serves level 2 or 3 needs; the family is at level 4",
      ],
    });
  });

  it("refuses a second enrolment, and a full run", () => {
    const mine = {
      runId: run.id,
      programmeId: programme.id,
      familyId: family,
      status: "enrolled" as const,
    };
    const other = {
      runId: run.id,
      programmeId: programme.id,
      familyId: "dddddddd-dddd-4ddd-8ddd-dddddddddddd",
      status: "enrolled" as const,
    };
    expect(checkEnrolment(request({ enrolments: [mine, other] }))).toEqual({
      ok: false,
      reasons: ["The family is already enrolled on this run", "This run is full"],
    });
    const elsewhere = { ...mine, runId: "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee" };
    expect(checkEnrolment(request({ enrolments: [elsewhere] }))).toEqual({
      ok: false,
      reasons: ["The family is already enrolled on another run of Incredible Years (school age)"],
    });
    expect(checkEnrolment(request({ enrolments: [{ ...mine, status: "withdrawn" }] })).ok).toBe(true);
  });

  it("never enrols past capacity", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), (others) => {
        const enrolments = Array.from({ length: others }, (_, i) => ({
          runId: run.id,
          programmeId: programme.id,
          familyId: `ffffffff-ffff-4fff-8fff-${String(i).padStart(12, "0")}`,
          status: "enrolled" as const,
        }));
        const result = checkEnrolment(request({ enrolments }));
        return result.ok === others < run.capacity;
      }),
    );
  });
});

describe("attendance and completion", () => {
  const register = (attended: number, held: number) =>
    Array.from({ length: held }, (_, i) => ({
      sessionDate: `2026-05-${String(i + 1).padStart(2, "0")}`,
      status: i < attended ? ("attended" as const) : ("apologies" as const),
    }));

  it("completes at the programme's share of sessions", () => {
    expect(attendanceSummary(programme, register(7, 10))).toMatchObject({
      attended: 7,
      needed: 7,
      completed: true,
      share: 0.7,
    });
    expect(attendanceSummary(programme, register(6, 10))).toMatchObject({
      completed: false,
      canStillComplete: false,
    });
    expect(attendanceSummary(programme, register(2, 4))).toMatchObject({
      completed: false,
      canStillComplete: true,
    });
  });

  it("counts each session once even if marked twice", () => {
    const twice = [...register(1, 1), ...register(1, 1)];
    expect(attendanceSummary(programme, twice).attended).toBe(1);
  });

  it("reports outcome change for families who completed", () => {
    const done = attendanceSummary(programme, register(8, 10));
    expect(programmeOutcomeChange(done, 20, 14, { higherIsBetter: false })).toMatchObject({
      change: -6,
      direction: "improved",
    });
    expect(
      programmeOutcomeChange(attendanceSummary(programme, register(3, 10)), 20, 14, {
        higherIsBetter: false,
      }),
    ).toBeNull();
  });

  it("completion never goes away as more sessions are attended", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (attended) => {
        const now = attendanceSummary(programme, register(attended, 10)).completed;
        const more = attendanceSummary(programme, register(Math.min(10, attended + 1), 10)).completed;
        return !now || more;
      }),
    );
  });
});
