import { describe, expect, it } from "vitest";
import { childrenWithoutParentalResponsibility, householdUpdateSchema, parentalResponsibilityHolders } from "./household";

const mum = "11111111-1111-4111-8111-111111111111";
const stepdad = "22222222-2222-4222-8222-222222222222";
const child = "33333333-3333-4333-8333-333333333333";
const baby = "44444444-4444-4444-8444-444444444444";
const familyId = "55555555-5555-4555-8555-555555555555";

const members = [
  { personId: mum, role: "parent_carer" },
  { personId: stepdad, role: "parent_carer" },
  { personId: child, role: "child" },
  { personId: baby, role: "child" },
];

describe("households and parental responsibility", () => {
  const household = householdUpdateSchema.parse({
    familyId,
    members,
    relationships: [
      {
        personId: mum,
        relativeId: child,
        relationship: "parent",
        parentalResponsibility: "birth_mother",
      },
      { personId: stepdad, relativeId: child, relationship: "step_parent" },
      {
        personId: mum,
        relativeId: baby,
        relationship: "parent",
        parentalResponsibility: "birth_mother",
      },
      {
        personId: stepdad,
        relativeId: baby,
        relationship: "parent",
        parentalResponsibility: "registered_on_birth_certificate",
      },
    ],
  });

  it("lists who holds parental responsibility for each child", () => {
    expect(parentalResponsibilityHolders(household.relationships, child)).toEqual([mum]);
    expect(parentalResponsibilityHolders(household.relationships, baby)).toEqual([mum, stepdad]);
  });

  it("points out children with nobody holding parental responsibility", () => {
    expect(childrenWithoutParentalResponsibility(household)).toEqual([]);
    expect(childrenWithoutParentalResponsibility({ ...household, relationships: [] })).toEqual([child, baby]);
  });

  it("refuses relationships that cannot be right", () => {
    const result = householdUpdateSchema.safeParse({
      familyId,
      members,
      relationships: [
        { personId: mum, relativeId: mum, relationship: "parent" },
        {
          personId: child,
          relativeId: mum,
          relationship: "other",
          parentalResponsibility: "care_order",
        },
        {
          personId: stepdad,
          relativeId: baby,
          relationship: "step_parent",
          parentalResponsibility: "birth_mother",
        },
        {
          personId: mum,
          relativeId: "66666666-6666-4666-8666-666666666666",
          relationship: "parent",
        },
      ],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "A person cannot be related to themselves",
      "Parental responsibility is held for a child",
      "A birth mother is recorded as a parent",
      "Both people must be members of the family",
    ]);
  });
});
