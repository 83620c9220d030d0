import { schema, type Db } from "@hearth/db";
import { upnCheckLetter } from "@hearth/domain";

/**
 * Three children in need in the 2025–26 census and one whose episode closed before it began, with
 * fixed ids so their LA child ids are known: A is ready to return, B is on a child protection plan,
 * C has a CIN plan that starts before the referral (error 4015), a completed assessment without
 * factors (query 8897Q) and no UPN at school age (query 8770Q).
 */
export const censusChildIds = {
  a: "00000000-0000-4000-8000-00000000000a",
  b: "00000000-0000-4000-8000-00000000000b",
  c: "00000000-0000-4000-8000-00000000000c",
  outOfYear: "00000000-0000-4000-8000-00000000000d",
};
export const upnOf = (last12: string) => `${upnCheckLetter(last12)!}${last12}`;
export const censusUpns = { a: upnOf("931200015001"), b: upnOf("931200019002") };

export async function insertCensusChildren(db: Db) {
  const [area] = await db.select().from(schema.areas).limit(1);
  const person = (id: string, dateOfBirth: string, extra: Partial<typeof schema.people.$inferInsert>) => ({
    id,
    firstName: "Test",
    lastName: "Child",
    dateOfBirth,
    areaId: area!.id,
    ...extra,
  });
  await db
    .insert(schema.people)
    .values([
      person(censusChildIds.a, "2015-06-01", { upn: censusUpns.a, sex: "F", ethnicity: "WBRI", disabilities: ["NONE"] }),
      person(censusChildIds.b, "2019-02-10", { upn: censusUpns.b, sex: "M", ethnicity: "MWBC", disabilities: ["AUT", "COMM"] }),
      person(censusChildIds.c, "2012-03-03", { sex: "F", ethnicity: "WBRI", disabilities: ["NONE"] }),
      person(censusChildIds.outOfYear, "2014-01-01", { sex: "M", ethnicity: "WBRI", disabilities: ["NONE"] }),
    ]);
  const referral = async (personId: string, referralDate: string, referralSource: string, primaryNeed: string) => {
    const [row] = await db
      .insert(schema.cinReferrals)
      .values({ personId, referralDate, referralSource, primaryNeed, referralNfa: false })
      .returning();
    return row!.id;
  };
  const a = await referral(censusChildIds.a, "2025-05-06", "2A", "N4");
  await db.insert(schema.cinAssessments).values({ referralId: a, startDate: "2025-05-07", authorisationDate: "2025-06-10", factors: ["3A", "4B"] });
  await db.insert(schema.cinPlans).values({ referralId: a, startDate: "2025-06-16", endDate: "2025-12-15" });
  await db.insert(schema.cinClosures).values({ referralId: a, closureDate: "2025-12-15", reasonForClosure: "RC7" });

  const b = await referral(censusChildIds.b, "2025-09-01", "6", "N1");
  await db.insert(schema.cinAssessments).values({ referralId: b, startDate: "2025-09-01", authorisationDate: "2025-10-06", factors: ["16A"] });
  await db
    .insert(schema.section47Enquiries)
    .values({ referralId: b, startDate: "2025-09-02", icpcTargetDate: "2025-09-23", dateOfInitialCpc: "2025-09-19" });
  await db.insert(schema.childProtectionPlans).values({
    referralId: b,
    startDate: "2025-09-19",
    initialCategory: "NEG",
    latestCategory: "NEG",
    numberOfPreviousCpp: 0,
    reviewDates: ["2025-12-19"],
  });

  const c = await referral(censusChildIds.c, "2025-11-03", "1A", "N5");
  await db.insert(schema.cinAssessments).values({ referralId: c, startDate: "2025-11-04", authorisationDate: "2025-12-01", factors: [] });
  await db.insert(schema.cinPlans).values({ referralId: c, startDate: "2025-10-20" });

  const old = await referral(censusChildIds.outOfYear, "2024-05-01", "8", "N4");
  await db.insert(schema.cinClosures).values({ referralId: old, closureDate: "2025-01-10", reasonForClosure: "RC7" });
}
