import { describe, expect, it } from "vitest";
import { contactDetailsSchema, contactProblem, contactRoute, isUkMobile, normaliseUkPhone } from "./contact-details";

describe("contact details", () => {
  it("normalises UK phone numbers", () => {
    expect(normaliseUkPhone("+44 (0)7700 900123")).toBe("07700900123");
    expect(normaliseUkPhone("01865 123456")).toBe("01865123456");
    expect(normaliseUkPhone("12345")).toBeNull();
    expect(isUkMobile("07700 900123")).toBe(true);
    expect(isUkMobile("07624 123456")).toBe(false); // pager range cannot take texts
    expect(isUkMobile("01865 123456")).toBe(false);
  });

  it("needs the detail for the preferred channel", () => {
    const result = contactDetailsSchema.safeParse({
      preferredChannel: "sms",
      otherPhone: "01865 123456",
      consentToContact: false,
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Add a mobile number to send texts"]);
  });

  it("needs the date consent to contact was recorded", () => {
    const result = contactDetailsSchema.safeParse({
      preferredChannel: "email",
      email: "a@example.com",
      consentToContact: true,
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Enter the date they agreed to be contacted"]);
  });

  it("never contacts without consent, and falls back when the preferred channel is unusable", () => {
    const details = contactDetailsSchema.parse({
      preferredChannel: "email",
      email: "a@example.com",
      mobilePhone: "07700 900123",
      consentToContact: true,
      consentRecordedOn: "2026-01-05",
    });
    expect(contactRoute(details)).toBe("email");
    expect(contactRoute({ ...details, email: undefined })).toBe("sms");
    expect(contactRoute({ ...details, consentToContact: false })).toBeNull();
    expect(contactProblem({ ...details, consentToContact: false }, "sms")).toBe("They have not agreed to be contacted");
  });
});
