import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/iso-date";
import { ageInYears } from "./person";
import { serviceEligibility } from "./service-eligibility";

const date = fc
  .date({
    min: new Date("1995-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("service eligibility", () => {
  it("covers unborn babies and children to their 20th birthday", () => {
    expect(serviceEligibility({ expectedDateOfBirth: "2026-07-01" }, "2026-03-01")).toMatchObject({
      eligible: true,
      basis: "unborn",
    });
    expect(serviceEligibility({ dateOfBirth: "2006-05-10" }, "2026-05-09")).toMatchObject({
      eligible: true,
      basis: "under_20",
      until: "2026-05-10",
    });
    expect(serviceEligibility({ dateOfBirth: "2006-05-10" }, "2026-05-10")).toEqual({
      eligible: false,
      reason: "Over 19: services continue to 25 only for young people with SEND or care leavers",
    });
  });

  it("continues to the 25th birthday with SEND or as a care leaver", () => {
    expect(serviceEligibility({ dateOfBirth: "2002-01-15", hasSend: true }, "2026-06-01")).toMatchObject({
      eligible: true,
      basis: "send_to_25",
      until: "2027-01-15",
    });
    expect(serviceEligibility({ dateOfBirth: "2002-01-15", isCareLeaver: true }, "2026-06-01")).toMatchObject({
      basis: "care_leaver_to_25",
    });
    expect(serviceEligibility({ dateOfBirth: "2002-01-15", hasEhcPlan: true }, "2027-01-15")).toEqual({
      eligible: false,
      reason: "Aged 25 or over: services end on the 25th birthday",
    });
  });

  it("needs a date of birth or expected date", () => {
    expect(serviceEligibility({}, "2026-01-01")).toMatchObject({ eligible: false });
  });

  it("is eligible exactly while aged 0–19, or 0–24 with SEND or leaving care", () => {
    fc.assert(
      fc.property(date, date, fc.boolean(), fc.boolean(), (dob, on, hasSend, isCareLeaver) => {
        fc.pre(on >= dob);
        const age = ageInYears(dob, on);
        const limit = hasSend || isCareLeaver ? 24 : 19;
        return serviceEligibility({ dateOfBirth: dob, hasSend, isCareLeaver }, on).eligible === age <= limit;
      }),
    );
  });

  it("never makes someone eligible again once it has ended", () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: 1, max: 4000 }), fc.boolean(), (dob, on, later, hasSend) => {
        fc.pre(on >= dob);
        const now = serviceEligibility({ dateOfBirth: dob, hasSend }, on);
        const after = serviceEligibility({ dateOfBirth: dob, hasSend }, addDays(on, later));
        return now.eligible || !after.eligible;
      }),
    );
  });

  it("reports an end date after which the person is no longer eligible", () => {
    fc.assert(
      fc.property(date, date, fc.boolean(), (dob, on, isCareLeaver) => {
        fc.pre(on >= dob);
        const result = serviceEligibility({ dateOfBirth: dob, isCareLeaver }, on);
        if (!result.eligible || !result.until) return true;
        return on < result.until && !serviceEligibility({ dateOfBirth: dob, isCareLeaver }, result.until).eligible;
      }),
    );
  });
});
