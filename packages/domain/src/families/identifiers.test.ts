import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidNhsNumber, isValidUpn, nhsNumberSchema, upnCheckLetter, upnSchema } from "./identifiers";

describe("NHS number", () => {
  it.each(["9434765919", "943 476 5870", "4010232137", "9990548609"])("accepts %s", (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });

  it.each([
    ["9434765918", "wrong check digit"],
    ["4010232138", "wrong check digit"],
    ["1234567890", "check digit would be 10"],
    ["943476591", "nine digits"],
    ["94347659190", "eleven digits"],
    ["943476591A", "a letter"],
    ["0000000000", "placeholder"],
    ["1111111111", "placeholder that passes the check digit"],
  ])("refuses %s (%s)", (n) => {
    expect(isValidNhsNumber(n)).toBe(false);
  });

  it("explains what is wrong in plain English", () => {
    expect(nhsNumberSchema.safeParse("12345").error?.issues[0]?.message).toBe("An NHS number has 10 digits, like 943 476 5919");
    expect(nhsNumberSchema.safeParse("9434765918").error?.issues[0]?.message).toBe("This is not a valid NHS number: check the digits");
    expect(nhsNumberSchema.parse(" 943 476 5919 ")).toBe("9434765919");
  });

  it("catches every single-digit typing error", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const good = "9434765919";
        const digit = (Number(good[position]) + delta) % 10;
        const typo = good.slice(0, position) + String(digit) + good.slice(position + 1);
        return !isValidNhsNumber(typo);
      }),
    );
  });
});

describe("Unique Pupil Number", () => {
  // B801200005001 is python-stdnum's published example. P207000016049 fixes a worked example that
  // school software guidance copies around: its weighted sum is 266, remainder 13, which is P — the
  // guidance says Q, misreading its own letter table.
  it.each(["B801200005001", "b801200005001", "P207000016049"])("accepts %s", (upn) => {
    expect(isValidUpn(upn)).toBe(true);
  });

  it.each([
    ["B207000016049", "wrong check letter"],
    ["Q207000016049", "wrong check letter"],
    ["A801200005001", "wrong check letter"],
    ["X80120000A001", "letter in the middle"],
    ["Q20700001604", "12 characters"],
    ["Q207000016049Z", "14 characters"],
  ])("refuses %s (%s)", (upn) => {
    expect(isValidUpn(upn)).toBe(false);
  });

  it("computes the check letter, temporary UPNs included", () => {
    expect(upnCheckLetter("207000016049")).toBe("P");
    const temporary = "93112345678A";
    expect(isValidUpn(`${upnCheckLetter(temporary)}${temporary}`)).toBe(true);
    expect(upnCheckLetter("93112345678I")).toBeNull(); // I, O and S are never used
  });

  it("accepts any well-formed UPN carrying its own check letter, and no other letter", () => {
    const body = fc.stringMatching(/^[0-9]{11}[0-9A-HJ-NP-RT-Z]$/);
    fc.assert(
      fc.property(body, fc.constantFrom(..."ABCDEFGHJKLMNPQRTUVWXYZ"), (last12, letter) => {
        const right = upnCheckLetter(last12)!;
        return isValidUpn(right + last12) && (letter === right || !isValidUpn(letter + last12));
      }),
    );
  });

  it("says why a UPN is refused", () => {
    expect(upnSchema.safeParse("Q2070000160").error?.issues[0]?.message).toBe("A UPN has 13 characters: a letter then 12 digits");
    expect(upnSchema.safeParse("Q207000016049").error?.issues[0]?.message).toBe("This is not a valid UPN: the check letter does not match");
  });
});
