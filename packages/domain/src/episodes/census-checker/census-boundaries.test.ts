import { describe, expect, it } from "vitest";
import { upnCheckLetter } from "../../families/identifiers";
import type { CensusChild } from "../census-child";
import { censusRulesCollectionYear } from "./census-rules";
import { checkChildForCensus } from "./check-child";
import { cleanCensusChild } from "./testing/clean-child";
import { parseLaCodeList, upnLaCodeList } from "./upn-la-codes";

/**
 * The places where census tools most often disagree with the DfE: each rule at its boundary,
 * the day before, the day of and the day after (or the neighbouring code, or the other level of
 * the record), read against the DfE's coding of the rule for 2025–26.
 */
const findings = (child: CensusChild, censusYear = 2026) => checkChildForCensus(child, { censusYear });
const codes = (child: CensusChild, censusYear = 2026) => findings(child, censusYear).map((f) => f.code);
const withChild = (change: (c: CensusChild) => void) => {
  const child = cleanCensusChild();
  change(child);
  return child;
};

describe("1530: UPN characters 2–4 are a recognised LA code", () => {
  const upnFrom = (la: string) => {
    const body = `${la}200005001`;
    return `${upnCheckLetter(body)}${body}`;
  };

  it.each([
    ["938", true],
    ["939", false],
    ["941", true],
    ["942", true],
    ["943", true],
    ["944", false],
  ])("LA code %s recognised: %s", (la, recognised) => {
    const found = codes(withChild((c) => void (c.upn = upnFrom(la))));
    expect(found.includes("1530")).toBe(!recognised);
    expect(found.filter((code) => code !== "1530")).toEqual([]);
  });

  it("keeps the LA code list for the collection year the checker follows", () => {
    expect(upnLaCodeList.collectionYear).toBe(censusRulesCollectionYear);
  });

  it("reads the DfE's way of writing the list, and refuses a mistyped one", () => {
    expect([...parseLaCodeList("001-003, 420")]).toEqual(["001", "002", "003", "420"]);
    expect(() => parseLaCodeList("001-003, 42O")).toThrow(/42O/);
    expect(() => parseLaCodeList("940-938")).toThrow(/940-938/);
  });
});

describe("4004: more than one open CIN plan, within one CIN episode", () => {
  it("does not count an open plan on another episode", () => {
    const child = withChild((c) => {
      c.episodes[0]!.cinPlans[0]!.endDate = null;
      c.episodes.push({
        ...structuredClone(c.episodes[0]!),
        referralDate: "2026-02-27",
        closureDate: null,
        reasonForClosure: null,
        assessments: [],
        section47s: [],
        cpPlans: [],
        cinPlans: [{ startDate: "2026-03-02", endDate: null }],
      });
    });
    expect(codes(child)).not.toContain("4004");
  });

  it("finds two open plans on the same episode, and points at both", () => {
    const child = withChild((c) => {
      Object.assign(c.episodes[0]!, { closureDate: null, reasonForClosure: null });
      c.episodes[0]!.cinPlans = [
        { startDate: "2025-11-20", endDate: null },
        { startDate: "2026-01-10", endDate: null },
      ];
    });
    expect(
      findings(child)
        .filter((f) => f.code === "4004")
        .map((f) => f.path),
    ).toEqual([
      ["episodes", 0, "cinPlans", 0, "endDate"],
      ["episodes", 0, "cinPlans", 1, "endDate"],
    ]);
  });
});

describe("8540: disability, for a child with a date of birth and a referral led to further action", () => {
  it.each([
    ["born the day before the reference date", { dateOfBirth: "2026-03-30" }, true],
    ["born on the reference date", { dateOfBirth: "2026-03-31" }, true],
    ["not born by the day after (expected then)", { dateOfBirth: null, expectedDateOfBirth: "2026-04-01", sex: "U" }, false],
  ])("%s: disability needed %s", (_, who, needed) => {
    const child = withChild((c) => Object.assign(c, { upn: null, disabilities: [] }, who));
    expect(codes(child).includes("8540")).toBe(needed);
  });

  it("does not apply when every referral led to no further action", () => {
    const child = withChild((c) => {
      c.disabilities = ["XYZ"];
      c.episodes[0]!.referralNfa = true;
    });
    expect(codes(child)).not.toContain("8540");
    child.episodes[0]!.referralNfa = false;
    expect(findings(child).find((f) => f.code === "8540")).toMatchObject({
      message: "XYZ is not a census disability code",
      path: ["disabilities", 0],
    });
  });
});

describe("8866: referral source, for referrals from 1 April 2013", () => {
  it.each([
    ["2013-03-31", false],
    ["2013-04-01", true],
    ["2013-04-02", true],
  ])("referred %s with no source: 8866 %s", (referralDate, flagged) => {
    const child = withChild((c) => Object.assign(c.episodes[0]!, { referralDate, referralSource: null }));
    expect(codes(child).includes("8866")).toBe(flagged);
  });
});

describe("8770Q: a school-age child needs a UPN or a reason other than UN1", () => {
  const child = (dateOfBirth: string) => withChild((c) => Object.assign(c, { dateOfBirth, upn: null, upnUnknown: "UN1" }));

  // In 2025–26 the school year starting 1 September 2025 puts children born by 31 August 2020
  // in Year 1 or above.
  it.each([
    ["2020-08-30", true],
    ["2020-08-31", true],
    ["2020-09-01", false],
  ])("2025–26 census, born %s: school age %s", (dob, schoolAge) => {
    expect(codes(child(dob)).includes("8770Q")).toBe(schoolAge);
  });

  it.each([
    ["2021-08-31", true],
    ["2021-09-01", false],
  ])("moves with the collection year: 2026–27 census, born %s: school age %s", (dob, schoolAge) => {
    const c = child(dob);
    c.episodes[0]!.referralDate = "2026-05-06";
    expect(codes(c, 2027).includes("8770Q")).toBe(schoolAge);
  });

  it("accepts a school-age child with a reason other than UN1", () => {
    expect(codes(withChild((c) => Object.assign(c, { upn: null, upnUnknown: "UN2" })))).toEqual([]);
  });
});

describe("8897Q and 8898: assessment factors", () => {
  const assessed = (authorisationDate: string, factors: string[]) =>
    withChild((c) =>
      Object.assign(c.episodes[0]!.assessments[0]!, {
        startDate: "2025-03-20",
        authorisationDate,
        factors,
      }),
    );

  it.each([
    ["2025-03-31", false],
    ["2025-04-01", true],
    ["2025-04-02", true],
  ])("no factors on an assessment authorised %s: 8897Q %s", (authorised, flagged) => {
    expect(codes(assessed(authorised, [])).includes("8897Q")).toBe(flagged);
  });

  it("finds a factor that is not a census code, and says which", () => {
    const child = withChild((c) => void (c.episodes[0]!.assessments[0]!.factors = ["3B", "99"]));
    expect(findings(child)).toEqual([
      {
        code: "8897Q",
        severity: "query",
        message: "99 is not a census assessment factor code",
        path: ["episodes", 0, "assessments", 0, "factors", 1],
      },
    ]);
  });

  it("queries the retired 18A as 8945Q, not as an unknown code", () => {
    const child = withChild((c) => void (c.episodes[0]!.assessments[0]!.factors = ["18A"]));
    expect(codes(child)).toEqual(["8945Q"]);
  });

  it("finds the same factor twice, however it is written", () => {
    const child = withChild((c) => void (c.episodes[0]!.assessments[0]!.factors = ["3B", "3b"]));
    expect(codes(child)).toEqual(["8897Q", "8898"]);
  });
});
