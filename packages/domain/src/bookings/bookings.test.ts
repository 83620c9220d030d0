import { describe, expect, it } from "vitest";
import { bookingCreateSchema } from "./booking-form";
import { bookingReferenceFrom, bookingReferencePattern, normaliseBookingReference } from "./booking-reference";
import { fairUseProblem, weekContaining } from "./fair-use";
import { isManageLinkUsable, manageLinkExpiresAt } from "./manage-link";
import { reachCsv, reachMonths } from "./reach";
import { sessionSeriesCreateSchema } from "./session-forms";

const booking = {
  sessionId: "6f1c2a8e-3b7d-4c1e-9a2f-0d5e6b7c8a91",
  idempotencyKey: "0b8d1e2f-4a5c-4d6e-8f7a-9b0c1d2e3f40",
  carerName: "Sam Jones",
  mobile: "07700 900123",
  preferredChannel: "sms",
  postcode: "ox4 6qb",
  consentToContact: false,
  children: [{ firstName: "Amira", dateOfBirth: "2023-05-01" }],
};

const fieldErrors = (input: unknown) => {
  const result = bookingCreateSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the booking form", () => {
  it("tidies what a family types", () => {
    expect(bookingCreateSchema.parse({ ...booking, email: "" })).toMatchObject({ mobile: "07700900123", postcode: "OX4 6QB", email: undefined });
  });

  it("asks for the contact detail of the channel chosen", () => {
    expect(fieldErrors({ ...booking, mobile: "", preferredChannel: "sms" })).toEqual({ mobile: "Enter a mobile number so we can text you" });
    expect(fieldErrors({ ...booking, preferredChannel: "email" })).toEqual({ email: "Enter an email address so we can email you" });
  });

  it("says what is wrong with each field in plain English", () => {
    expect(fieldErrors({ ...booking, carerName: " ", mobile: "01865 123456", postcode: "nowhere", children: [] })).toEqual({
      carerName: "Enter your full name",
      mobile: "Enter a UK mobile number, like 07700 900123",
      postcode: "Enter a real postcode, like OX4 6QB",
      children: "Add at least one child",
    });
  });

  it("does not take the same child twice", () => {
    const twice = { ...booking, children: [booking.children[0], { firstName: "amira", dateOfBirth: "2023-05-01" }] };
    expect(fieldErrors(twice)).toEqual({ "children.1.firstName": "You have added this child already" });
  });
});

describe("booking references", () => {
  it("are easy to read out and hard to misread", () => {
    const reference = bookingReferenceFrom(new Uint8Array([0, 1, 2, 3, 31, 32, 255, 100]));
    expect(reference).toBe("HB-ABCD-9A9E");
    expect(reference).toMatch(bookingReferencePattern);
    expect(normaliseBookingReference(" hb abcd 9a9e ")).toBe("HB-ABCD-9A9E");
    expect(normaliseBookingReference("HB-ABCD-9A9O")).toBeNull();
  });
});

describe("fair use", () => {
  it("counts Monday to Sunday", () => {
    expect(weekContaining("2026-11-23")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
    expect(weekContaining("2026-11-29")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
  });

  it("allows up to the limit and explains the refusal past it", () => {
    const params = { limit: 3, sessionTypeName: "Stay, play and learn", sessionDate: "2026-11-26" };
    expect(fairUseProblem({ ...params, heldThatWeek: 2 })).toBeNull();
    expect(fairUseProblem({ ...params, heldThatWeek: 3 })).toBe(
      "You already have 3 stay, play and learn bookings in the week starting Monday 23 November, which is the most one family can hold. Cancel one, or choose a session in another week.",
    );
  });
});

describe("manage links", () => {
  it("work until a week after the session ends", () => {
    const ends = new Date("2026-11-26T11:30:00Z");
    const expires = manageLinkExpiresAt(ends);
    expect(expires.toISOString()).toBe("2026-12-03T11:30:00.000Z");
    expect(isManageLinkUsable(expires, new Date("2026-12-03T11:29:59Z"))).toBe(true);
    expect(isManageLinkUsable(expires, new Date("2026-12-03T11:30:00Z"))).toBe(false);
  });
});

describe("weekly series", () => {
  it("runs for at most a year", () => {
    const series = {
      centreId: booking.sessionId,
      sessionTypeId: booking.sessionId,
      title: "Stay and play",
      startTime: "10:00",
      endTime: "11:30",
      capacity: 12,
    };
    expect(sessionSeriesCreateSchema.safeParse({ ...series, firstDate: "2026-12-01", lastDate: "2027-12-01" }).success).toBe(true);
    const tooLong = sessionSeriesCreateSchema.safeParse({ ...series, firstDate: "2026-12-01", lastDate: "2027-12-02" });
    expect(tooLong.error?.issues[0]?.message).toBe("A series can run for at most a year: set up another one after that");
  });
});

describe("reach", () => {
  it("fills every month and leaves shares of nobody blank", () => {
    const months = reachMonths("2026-10", "2026-11", [
      { month: "2026-11", familiesRegistered: 2, attendances: 5, childrenSeen: 4, childrenUnder5: 3, childrenFromReachArea: 1 },
    ]);
    expect(months.map((m) => [m.month, m.shareUnder5, m.shareFromReachArea])).toEqual([
      ["2026-10", null, null],
      ["2026-11", 0.75, 0.25],
    ]);
    expect(reachCsv("Leys, Oxford", months).split("\r\n")).toEqual([
      "Centre,Month,Families registered,Attendances,Children seen,Children under 5,Share under 5,Children from reach area,Share from reach area",
      '"Leys, Oxford",October 2026,0,0,0,0,,0,',
      '"Leys, Oxford",November 2026,2,5,4,3,75.0%,1,25.0%',
      "",
    ]);
  });
});
