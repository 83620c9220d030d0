import { describe, expect, it } from "vitest";
import { adviceConfirmMessage, adviceConfirmUrl, adviceRequestSubmitSchema, isAllowedWorkEmail } from "./advice-request";

const domains = ["sch.uk", "nhs.net", "police.uk", "gov.uk"];
const request = {
  immediateRisk: false,
  name: "Dana Mills",
  role: "DSL",
  organisation: "Cherwell Primary",
  email: "DSL@Cherwell.Oxon.SCH.uk",
  childKind: "no_names",
  childAge: "8",
  localityId: "00000000-0000-4000-8000-000000000001",
  concern: "Hungry",
  tried: "Breakfast club",
};

describe("work email domains", () => {
  it("takes an allowed domain and its subdomains, and nothing that only ends in the same letters", () => {
    expect(isAllowedWorkEmail("head@oak.oxon.sch.uk", domains)).toBe(true);
    expect(isAllowedWorkEmail("gp@nhs.net", domains)).toBe(true);
    expect(isAllowedWorkEmail("dana@gmail.com", domains)).toBe(false);
    expect(isAllowedWorkEmail("dana@fakesch.uk", domains)).toBe(false);
    expect(isAllowedWorkEmail("dana@nhs.net.evil.com", domains)).toBe(false);
  });
});

describe("the request", () => {
  it("lower-cases the email and reads the age as typed", () => {
    const parsed = adviceRequestSubmitSchema.parse(request);
    expect(parsed).toMatchObject({ email: "dsl@cherwell.oxon.sch.uk", childAge: 8 });
  });

  it("is refused when a child is at immediate risk", () => {
    expect(adviceRequestSubmitSchema.safeParse({ ...request, immediateRisk: true }).success).toBe(false);
  });

  it("needs the child's name and the family's agreement when named", () => {
    const result = adviceRequestSubmitSchema.safeParse({ ...request, childKind: "named" });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join("."))).toEqual(["childName", "consentGiven"]);
  });
});

describe("the confirmation email", () => {
  it("carries the token only in the link's fragment and nothing about the child", () => {
    const link = adviceConfirmUrl("https://hearth.example.gov.uk", "a".repeat(43));
    expect(link).toBe(`https://hearth.example.gov.uk/lcss/ask-for-advice/confirm#${"a".repeat(43)}`);
    const message = adviceConfirmMessage(link, 24);
    expect(message.body).toContain(link);
    expect(message.body).not.toMatch(/Hungry|Cherwell|Dana/);
  });
});
