import { describe, expect, it } from "vitest";
import { consultationCreateSchema, consultationReference, seniorConfirmationReasons, thresholdDecisionOfConsultation } from "./consultation";

const noNames = {
  callerName: "Priya Shah",
  callerRole: "Designated safeguarding lead",
  organisationOther: "Meadow Primary",
  familyKind: "no_names",
  childAge: "9",
  localityId: "0d6f7a1e-1b2c-4d5e-8f90-123456789abc",
  concern: "Arrives hungry.",
  indicatorCodes: ["pc-bas-2"],
  adviceGiven: "Breakfast club.",
  outcome: "advice_only",
  level: "2",
};

const problems = (input: unknown) => (consultationCreateSchema.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

describe("a consultation as the advice line logs it", () => {
  it("takes the form's text answers: age and level as numbers, codes in capitals", () => {
    const parsed = consultationCreateSchema.parse(noNames);
    expect(parsed).toMatchObject({ childAge: 9, level: 2, indicatorCodes: ["PC-BAS-2"], childIds: [], protectiveFactors: [] });
  });

  it("asks for the organisation, from the list or typed", () => {
    expect(problems({ ...noNames, organisationOther: "" })).toEqual([
      "organisationId: Choose the caller’s organisation, or enter its name if it is not on the list",
    ]);
  });

  it("keeps a no-names call free of who the family is, and asks for the child's age and locality", () => {
    expect(problems({ ...noNames, familyId: "0d6f7a1e-1b2c-4d5e-8f90-123456789abc" })).toEqual([
      "familyId: A no-names consultation must not record who the family is",
    ]);
    expect(problems({ ...noNames, childAge: "", localityId: "" })).toEqual([
      "childAge: Enter the child’s age in years, from 0 to 25",
      "localityId: Choose the locality",
    ]);
    expect(problems({ ...noNames, childAge: "26" })).toEqual(["childAge: Enter the child’s age in years, from 0 to 25"]);
  });

  it("asks a named call for the family, the children and who consented", () => {
    expect(problems({ ...noNames, familyKind: "named", childAge: "", localityId: "" }).map((p) => p.split(":")[0])).toEqual([
      "familyId",
      "childIds",
      "consentGivenBy",
    ]);
  });

  it("refuses a level outside 1 to 4, and asks where a signposted caller was sent", () => {
    expect(problems({ ...noNames, level: "5" })).toEqual(["level: Level must be between 1 and 4"]);
    expect(problems({ ...noNames, outcome: "signpost" })).toEqual(["signpostTo: Enter the service or programme the caller was signposted to"]);
  });

  it("records the threshold decision with the call's outcome and no child for no names", () => {
    const decision = thresholdDecisionOfConsultation(consultationCreateSchema.parse({ ...noNames, outcome: "start_eha" }), "staff", "2026-12-02");
    expect(decision).toMatchObject({ consent: "no_names", childIds: [], outcome: "eha_taf", level: 2, decidedOn: "2026-12-02" });
  });
});

describe("senior confirmation", () => {
  it("adds the council's levels to the domain's own reasons, without saying level 4 twice", () => {
    expect(seniorConfirmationReasons({ levels: [3] }, 3, [])).toEqual(["The council asks a senior practitioner to confirm every level 3 decision"]);
    expect(seniorConfirmationReasons({ levels: [3] }, 2, [])).toEqual([]);
    const level4 = ["Level 4 decisions are confirmed by a senior practitioner"];
    expect(seniorConfirmationReasons({ levels: [4] }, 4, level4)).toEqual(level4);
  });

  it("gives a reference the caller can quote", () => {
    expect(consultationReference(123)).toBe("LC000123");
  });
});
