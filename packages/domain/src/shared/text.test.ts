import { describe, expect, it } from "vitest";
import { isoDateSchema } from "../calendar/iso-date";
import { familyUpdateSchema } from "../families/family";
import { personUpdateSchema } from "../families/person";
import { openAccessSessionUpdateSchema } from "../bookings/session-forms";
import { reachQuerySchema } from "../bookings/reach";
import { NOTHING_TO_CHANGE } from "./changes";
import { textSchema } from "./text";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("textSchema", () => {
  const firstName = textSchema({ label: "first name", max: 10, min: 1 });
  const notes = textSchema({ label: "notes", max: 100, multiline: true });

  it("trims and accepts ordinary text, accents and emoji", () => {
    expect(firstName.parse("  Zoë  ")).toBe("Zoë");
    expect(firstName.parse("Siân 👶")).toBe("Siân 👶");
  });

  it.each([
    ["a NUL character", "Ann\u0000"],
    ["a lone high surrogate", "Ann\uD800"],
    ["a lone low surrogate", "\uDC00Ann"],
    ["a bell", "An\u0007n"],
    ["a C1 control", "An\u0085n"],
    ["a line break in a one-line field", "An\nn"],
  ])("refuses %s with a message naming the field", (_what, value) => {
    expect(messages(firstName.safeParse(value))).toEqual(["The first name contains a hidden or unusual character: remove it and try again"]);
  });

  it("allows line breaks and tabs only where a field is multi-line", () => {
    expect(notes.parse("First line\n\tSecond line\r\n")).toBe("First line\n\tSecond line");
    expect(notes.safeParse("a\u0000b").success).toBe(false);
  });

  it("refuses too long and missing text in plain English", () => {
    expect(messages(firstName.safeParse("x".repeat(11)))).toEqual(["The first name must be 10 characters or fewer"]);
    expect(messages(firstName.safeParse("   "))).toEqual(["Enter the first name"]);
    expect(messages(firstName.safeParse(undefined))).toEqual(["Enter the first name"]);
  });
});

describe("isoDateSchema", () => {
  it.each(["1900-01-01", "2024-02-29", "2099-12-31"])("accepts %s", (date) => expect(isoDateSchema.parse(date)).toBe(date));
  it.each(["0000-01-01", "1899-12-31", "2100-01-01", "9999-12-31", "2023-02-29", "2024-04-31", "2024-1-1", "+002024-01-01"])("refuses %s", (date) => {
    expect(isoDateSchema.safeParse(date).success).toBe(false);
  });
  it("says what range a date must be in", () => {
    expect(messages(isoDateSchema.safeParse("0000-01-01"))).toEqual(["Enter a date between 1900 and 2099"]);
  });
  it("keeps months in the same range", () => {
    const centreId = "7a0e4f8e-4a8b-4a57-9c43-2b8c0d1e2f30";
    expect(reachQuerySchema.safeParse({ centreId, fromMonth: "0000-01", toMonth: "0000-02" }).success).toBe(false);
  });
});

describe("an update with nothing to change", () => {
  const id = "7a0e4f8e-4a8b-4a57-9c43-2b8c0d1e2f30";
  it.each([
    ["a person", personUpdateSchema, { personId: id, changes: {} }],
    ["a family", familyUpdateSchema, { familyId: id }],
    ["a session", openAccessSessionUpdateSchema, { sessionId: id }],
  ] as const)("is refused for %s", (_what, schema, input) => {
    expect(messages(schema.safeParse(input))).toEqual([NOTHING_TO_CHANGE]);
  });
  it("is accepted once one thing changes", () => {
    expect(familyUpdateSchema.safeParse({ familyId: id, name: "The Smiths" }).success).toBe(true);
  });
});
