import { describe, expect, it } from "vitest";
import { disabilitiesSchema, ethnicitySchema, sexSchema } from "./census-code-sets";
import { isUnborn, personDetailsCreateSchema, personDetailsCreateSchemaOn } from "./person-details";

const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

const child = {
  kind: "child",
  firstName: "Ada",
  lastName: "Okafor",
  dateOfBirth: "2019-05-01",
} as const;

describe("person details", () => {
  it("accepts a child with census characteristics and flags", () => {
    const parsed = personDetailsCreateSchema.parse({
      ...child,
      sex: "F",
      ethnicity: "BAFR",
      disabilities: ["COMM", "LD"],
      hasSend: true,
      hasEhcPlan: true,
      upn: "B801200005001",
      postcode: "ox4 6qb",
    });
    expect(parsed.postcode).toBe("OX4 6QB");
    expect(parsed.isCareLeaver).toBe(false);
  });

  it("accepts an unborn baby with only an expected date and a family name", () => {
    const parsed = personDetailsCreateSchema.parse({
      kind: "child",
      lastName: "Okafor",
      expectedDateOfBirth: "2026-08-01",
    });
    expect(isUnborn(parsed)).toBe(true);
  });

  it("wants exactly one of date of birth and expected date of birth", () => {
    expect(messages(personDetailsCreateSchema.safeParse({ ...child, expectedDateOfBirth: "2019-05-02" }))).toContain(
      "Enter a date of birth or an expected date of birth, not both",
    );
    expect(messages(personDetailsCreateSchema.safeParse({ kind: "child", firstName: "A", lastName: "B" }))).toContain(
      "Enter the date of birth, or the expected date of birth for an unborn baby",
    );
    expect(
      messages(
        personDetailsCreateSchema.safeParse({
          kind: "adult",
          firstName: "A",
          lastName: "B",
          expectedDateOfBirth: "2026-08-01",
        }),
      ),
    ).toContain("Only an unborn child can have an expected date of birth");
  });

  it("refuses contradictions", () => {
    expect(messages(personDetailsCreateSchema.safeParse({ ...child, hasEhcPlan: true }))).toContain(
      "A young person with an EHC plan has SEND: tick SEND as well",
    );
    expect(messages(personDetailsCreateSchema.safeParse({ ...child, dateOfDeath: "2019-04-30" }))).toContain(
      "Date of death must be on or after the date of birth",
    );
    expect(
      messages(
        personDetailsCreateSchema.safeParse({
          ...child,
          upn: "B801200005001",
          upnUnknownReason: "UN2",
        }),
      ),
    ).toContain("Give a UPN or the reason it is not known, not both");
  });

  it("refuses unknown codes with a plain message", () => {
    expect(messages(sexSchema.safeParse("X"))).toEqual(["Choose female (F), male (M) or not known (U)"]);
    expect(messages(ethnicitySchema.safeParse("WXYZ"))).toEqual(["Choose an ethnicity from the list"]);
    expect(messages(disabilitiesSchema.safeParse(["NONE", "AUT"]))).toEqual(["Choose ‘No disability’ on its own, or the disabilities that apply"]);
    expect(messages(disabilitiesSchema.safeParse(["AUT", "AUT"]))).toEqual(["Each disability can be chosen only once"]);
    expect(messages(disabilitiesSchema.safeParse(["BLUE"]))).toEqual(["Choose a disability from the list"]);
  });

  describe("checks that need today's date", () => {
    const today = "2026-03-10";
    const schema = personDetailsCreateSchemaOn(today);

    it("refuses a born child's date of birth in the future", () => {
      expect(messages(schema.safeParse({ ...child, dateOfBirth: "2026-03-11" }))).toEqual(["Date of birth must be today or in the past"]);
      expect(schema.safeParse({ ...child, dateOfBirth: today }).success).toBe(true);
    });

    it("keeps an expected date of birth within a real pregnancy", () => {
      const unborn = { kind: "child", lastName: "Okafor" } as const;
      expect(messages(schema.safeParse({ ...unborn, expectedDateOfBirth: "2027-01-01" }))).toEqual([
        "Expected date of birth must be within the next 42 weeks",
      ]);
      expect(messages(schema.safeParse({ ...unborn, expectedDateOfBirth: "2026-02-01" }))).toEqual([
        "The expected date of birth was more than 4 weeks ago: record the baby’s date of birth instead",
      ]);
      expect(schema.safeParse({ ...unborn, expectedDateOfBirth: "2026-03-01" }).success).toBe(true);
    });
  });
});
