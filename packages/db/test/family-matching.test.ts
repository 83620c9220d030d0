import { randomBytes, randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bookPlaces,
  hashToken,
  hotTransaction,
  insertOpenAccessSessions,
  linkFamilies,
  listSessionTypes,
  newToken,
  type FamilyDetails,
} from "../src";
import { centres, familyMembers, possibleFamilyMatches } from "../src/schema";
import { createTestDatabase, type TestDatabase } from "../src/testing";

/**
 * linkFamilies on real PostgreSQL: a child's details at a postcode link, a mobile or email never
 * does — it leaves a possible match for staff (docs/architecture-decisions.md §9).
 */
let t: TestDatabase;
let sessionId: string;
let centreAreaId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const [centre] = await t.db.select().from(centres).where(eq(centres.slug, "blackbird-leys"));
  const sessionTypeId = (await listSessionTypes(t.db)).find((s) => s.code === "stay_play_learn")!.id;
  const date = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const [row] = await insertOpenAccessSessions(t.db, [
    { centreId: centre!.id, sessionTypeId, title: "Stay and play", date, startTime: "10:00", endTime: "11:30", capacity: 100, createdBy: null },
  ]);
  sessionId = row!.id;
  centreAreaId = centre!.areaId;
});
afterAll(() => t.destroy());

const details = (over: Partial<FamilyDetails>): FamilyDetails => ({
  carerName: "Carer",
  postcode: "OX4 1AA",
  children: [{ firstName: "Child", dateOfBirth: "2023-05-01" }],
  mobile: null,
  email: null,
  source: "self_registered",
  createdBy: null,
  centreAreaId,
  ...over,
});

/** Links and books, as a booking does, so later links find the booking's contact details. */
async function book(family: FamilyDetails) {
  return hotTransaction(t.db, async (hot) => {
    const [link] = await linkFamilies(hot.tx, [family]);
    await bookPlaces(hot, {
      sessionId,
      now: new Date(),
      bookings: [
        {
          id: randomUUID(),
          reference: `HB-${randomBytes(4).toString("hex").toUpperCase()}`,
          idempotencyKey: randomUUID(),
          familyId: link!.familyId,
          carerName: family.carerName,
          mobile: family.mobile ?? null,
          email: family.email ?? null,
          preferredChannel: family.mobile ? "sms" : "email",
          postcode: family.postcode,
          consentToContact: true,
          children: link!.personIds.map((personId) => ({ personId, send: false })),
          manageTokenHash: hashToken(newToken()),
          manageTokenExpiresAt: new Date(Date.now() + 10 * 86_400_000),
          audit: { action: "booking.create", entityType: "family", entityId: link!.familyId },
        },
      ],
    });
    return link!;
  });
}

describe("linking a booking to the person index", () => {
  it("links by child at the postcode, never by contact details alone, in one batch", async () => {
    const known = await book(
      details({
        carerName: "Ann",
        postcode: "OX4 2BB",
        children: [{ firstName: "Maya", dateOfBirth: "2022-02-02" }],
        mobile: "07700900001",
        email: "ann@example.com",
      }),
    );
    const links = await t.db.transaction((tx) =>
      linkFamilies(tx, [
        // The same child at the same postcode, with other contact details: the same family.
        details({ postcode: "ox4 2bb", children: [{ firstName: "maya", dateOfBirth: "2022-02-02" }], mobile: "07700900999" }),
        // Someone else's child with Ann's mobile and email: a new family and one possible match.
        details({
          carerName: "Bob",
          postcode: "OX4 3CC",
          children: [{ firstName: "Leo", dateOfBirth: "2021-01-01" }],
          mobile: "07700900001",
          email: "ANN@example.com",
        }),
        // Nothing in common: a new family, nothing to check.
        details({ carerName: "Cat", postcode: "OX4 4DD", children: [{ firstName: "Ivy", dateOfBirth: "2020-01-01" }], mobile: "07700900777" }),
      ]),
    );
    expect(links.map((l) => l.matchedBy)).toEqual(["child", "new", "new"]);
    expect(links[0]!.familyId).toBe(known.familyId);
    expect(links[0]!.personIds).toEqual(known.personIds);
    expect(links[1]!.possibleMatches).toEqual([known.familyId]);
    expect(links[2]!.possibleMatches).toEqual([]);

    const members = await t.db.select().from(familyMembers).where(eq(familyMembers.familyId, known.familyId));
    expect(members.map((m) => m.personId)).toEqual(known.personIds);
    const matches = await t.db
      .select()
      .from(possibleFamilyMatches)
      .where(
        inArray(
          possibleFamilyMatches.familyId,
          links.map((l) => l.familyId),
        ),
      );
    expect(matches).toEqual([
      expect.objectContaining({ familyId: links[1]!.familyId, existingFamilyId: known.familyId, reason: "same_mobile", status: "open" }),
    ]);
  });

  it("checks a new family against each known family that used its mobile or email", async () => {
    const first = await book(
      details({ carerName: "Dee", postcode: "OX4 5EE", children: [{ firstName: "Ada", dateOfBirth: "2022-03-03" }], email: "shared@example.com" }),
    );
    const second = await book(
      details({ carerName: "Eve", postcode: "OX4 6FF", children: [{ firstName: "Ben", dateOfBirth: "2022-04-04" }], email: "shared@example.com" }),
    );
    expect(second.possibleMatches).toEqual([first.familyId]);
    const third = await book(
      details({ carerName: "Fay", postcode: "OX4 7GG", children: [{ firstName: "Cy", dateOfBirth: "2022-05-05" }], email: "Shared@Example.com" }),
    );
    expect([...third.possibleMatches].sort()).toEqual([first.familyId, second.familyId].sort());
  });
});
