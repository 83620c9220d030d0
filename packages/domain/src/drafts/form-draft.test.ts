import { describe, expect, it } from "vitest";
import { FORM_DRAFT_MAX_BYTES, formDraftSaveSchema } from "./form-draft";

describe("formDraftSaveSchema", () => {
  it("keeps half-typed answers as they are", () => {
    const data = { firstName: "Ad", dateOfBirth: { day: "3", month: "", year: "" }, consent: true, children: [] };
    expect(formDraftSaveSchema.parse({ formKey: "person.create", data })).toEqual({ formKey: "person.create", data });
  });

  it("accepts a form about one record and refuses keys Hearth does not make", () => {
    expect(formDraftSaveSchema.safeParse({ formKey: "family.alert:0d6f7a1e-1b2c-4d5e-8f90-123456789abc", data: {} }).success).toBe(true);
    for (const formKey of ["", "person", "Person.create", "person.create:", "person.create:a b", "../etc"])
      expect(formDraftSaveSchema.safeParse({ formKey, data: {} }).success, formKey).toBe(false);
  });

  it("refuses a draft over 64 KB", () => {
    const notes = "x".repeat(FORM_DRAFT_MAX_BYTES);
    expect(formDraftSaveSchema.safeParse({ formKey: "person.create", data: { notes } }).success).toBe(false);
  });

  it("drops characters PostgreSQL cannot store instead of losing the draft", () => {
    const parsed = formDraftSaveSchema.parse({ formKey: "person.create", data: { firstName: "A\u0000da\uD800" } });
    expect(parsed.data).toEqual({ firstName: "Ada" });
  });

  it("refuses what is not a form's answers", () => {
    for (const data of [null, "text", [1, 2], { a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } }])
      expect(formDraftSaveSchema.safeParse({ formKey: "person.create", data }).success).toBe(false);
  });
});
