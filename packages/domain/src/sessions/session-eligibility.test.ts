import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/iso-date";
import { ageInYears } from "../families/person";
import { bookingChildAgeProblem, checkSessionBooking, placesLeft, sessionEligibility } from "./session-eligibility";
import { describeAgeRule, openAccessSessionTypeSchema, standardOpenAccessSessionTypes } from "./session-types";

const [stayPlay, babyGroup, youth] = standardOpenAccessSessionTypes as [
  (typeof standardOpenAccessSessionTypes)[number],
  (typeof standardOpenAccessSessionTypes)[number],
  (typeof standardOpenAccessSessionTypes)[number],
];

const date = fc
  .date({
    min: new Date("1998-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("open-access session types", () => {
  it("describe who they are for", () => {
    expect(describeAgeRule(stayPlay.ageRule)).toBe("under 5");
    expect(describeAgeRule(babyGroup.ageRule)).toBe("under 1");
    expect(describeAgeRule(youth.ageRule)).toBe("11 to 19 (up to 25 with SEND or leaving care)");
    for (const t of standardOpenAccessSessionTypes) expect(openAccessSessionTypeSchema.parse(t)).toEqual(t);
  });

  it("refuse an upper age at or below the lower age", () => {
    const bad = openAccessSessionTypeSchema.safeParse({
      ...youth,
      ageRule: { fromMonths: 132, untilMonths: 120 },
    });
    expect(bad.error?.issues[0]?.message).toBe("The upper age must be above the lower age");
  });
});

describe("eligibility on the session date", () => {
  it("lets under-5s come until the day before their 5th birthday", () => {
    const child = { name: "Ada", dateOfBirth: "2021-06-10" };
    expect(sessionEligibility(stayPlay, child, "2026-06-09")).toEqual({ eligible: true });
    expect(sessionEligibility(stayPlay, child, "2026-06-10")).toEqual({
      eligible: false,
      reason: "Ada is too old for Stay, play and learn on 10 June 2026: it is for ages under 5",
    });
  });

  it("welcomes expectant parents to baby groups only", () => {
    const unborn = { expectedDateOfBirth: "2026-08-01" };
    expect(sessionEligibility(babyGroup, unborn, "2026-05-01")).toEqual({ eligible: true });
    expect(sessionEligibility(stayPlay, unborn, "2026-05-01")).toEqual({
      eligible: false,
      reason: "Stay, play and learn is for children already born, aged under 5",
    });
  });

  it("runs youth sessions from 11 to 19, and to 25 with SEND or leaving care", () => {
    const young = { name: "Kai", dateOfBirth: "2015-09-01" };
    expect(sessionEligibility(youth, young, "2026-08-31")).toMatchObject({
      eligible: false,
      reason: expect.stringContaining("too young"),
    });
    expect(sessionEligibility(youth, young, "2026-09-01")).toEqual({ eligible: true });
    const adult = { name: "Rae", dateOfBirth: "2004-03-01" };
    expect(sessionEligibility(youth, adult, "2026-03-01").eligible).toBe(false);
    expect(sessionEligibility(youth, { ...adult, hasSend: true }, "2026-03-01").eligible).toBe(true);
    expect(sessionEligibility(youth, { ...adult, isCareLeaver: true }, "2029-02-28").eligible).toBe(true);
    expect(sessionEligibility(youth, { ...adult, isCareLeaver: true }, "2029-03-01").eligible).toBe(false);
  });

  it("matches the youth age range for any child and date", () => {
    fc.assert(
      fc.property(date, date, fc.boolean(), (dob, on, hasSend) => {
        fc.pre(on >= dob);
        const age = ageInYears(dob, on);
        const expected = age >= 11 && age <= (hasSend ? 24 : 19);
        return sessionEligibility(youth, { dateOfBirth: dob, hasSend }, on).eligible === expected;
      }),
    );
  });

  it("for under-5s, is eligible exactly while aged 0–4", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 3000 }), (dob, days) => {
        const on = addDays(dob, days);
        return sessionEligibility(stayPlay, { dateOfBirth: dob }, on).eligible === ageInYears(dob, on) < 5;
      }),
    );
  });
});

describe("booking places", () => {
  const request = {
    type: stayPlay,
    sessionDate: "2026-03-03",
    children: [{ name: "Ada", dateOfBirth: "2023-01-01" }],
    carers: 1,
    capacity: 12,
    placesTaken: 11,
  };

  it("takes one place per child", () => {
    expect(checkSessionBooking(request)).toEqual({ ok: true, value: { placesTaken: 12 } });
  });

  it("gives every reason a booking cannot go ahead", () => {
    const result = checkSessionBooking({
      ...request,
      carers: 0,
      children: [...request.children, { name: "Ben", dateOfBirth: "2019-01-01" }],
    });
    expect(result).toEqual({
      ok: false,
      reasons: [
        "Ben is too old for Stay, play and learn on 3 March 2026: it is for ages under 5",
        "A parent or carer must stay with children at Stay, play and learn",
        "Only 1 place is left",
      ],
    });
    expect(checkSessionBooking({ ...request, placesTaken: 12 })).toEqual({
      ok: false,
      reasons: ["This session is full: join the waiting list"],
    });
  });

  it("never books beyond capacity", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 6 }), (capacity, taken, n) => {
        const children = Array.from({ length: n }, () => ({ dateOfBirth: "2023-01-01" }));
        const result = checkSessionBooking({
          ...request,
          capacity,
          placesTaken: taken,
          children,
        });
        return result.ok ? result.value.placesTaken <= capacity : placesLeft(capacity, taken) < n;
      }),
    );
  });
});

describe("a child's age on the booking form", () => {
  it("says what the server says: born in the future, too old or too young on the session's day", () => {
    const child = (dateOfBirth: string) => ({ firstName: "Mia", dateOfBirth });
    expect(bookingChildAgeProblem(stayPlay, child("2024-03-15"), "2026-06-10", "2026-06-01")).toBeNull();
    expect(bookingChildAgeProblem(stayPlay, child("2012-01-01"), "2026-06-10", "2026-06-01")).toBe(
      "Mia is too old for Stay, play and learn on 10 June 2026: it is for ages under 5",
    );
    expect(bookingChildAgeProblem(youth, child("2024-03-15"), "2026-06-10", "2026-06-01")).toMatch(/^Mia is too young for/);
    expect(bookingChildAgeProblem(stayPlay, child("2026-06-05"), "2026-06-10", "2026-06-01")).toBe("Date of birth must be today or in the past");
  });
});
