import { and, asc, eq, inArray } from "drizzle-orm";
import {
  childProtectionPlanRecordSchema,
  cinAssessmentRecordSchema,
  cinPlanRecordSchema,
  cinReferralRecordSchema,
  lookedAfterPeriodRecordSchema,
  section47RecordSchema,
  type CensusEpisode,
  type ChildCensusDetails,
  type CinClosure,
  type StoredCensusChild,
} from "@hearth/domain";
import type { z } from "zod";
import type { Db } from "../client";
import { childProtectionPlans, cinAssessments, cinClosures, cinPlans, cinReferrals, lookedAfterPeriods, people, section47Enquiries } from "../schema";

/**
 * A child's statutory episodes as the episode screens and the census checks at source read and
 * change them. Every write is parsed by the domain's strict schema for its part; the census rules
 * that span records are checked by the caller, in the same transaction, before it commits.
 */

/** Each child's referrals, oldest first, with every part of each episode in the order the census reads it. */
export function cinEpisodesOfChildren(db: Db, personIds: string[]) {
  if (!personIds.length) return Promise.resolve([]);
  return db.query.cinReferrals.findMany({
    where: (r) => inArray(r.personId, personIds),
    orderBy: (r) => [asc(r.referralDate), asc(r.createdAt)],
    with: {
      assessments: { orderBy: (a) => [asc(a.startDate), asc(a.createdAt)] },
      cinPlans: { orderBy: (p) => [asc(p.startDate), asc(p.createdAt)] },
      section47s: { orderBy: (s) => [asc(s.startDate), asc(s.createdAt)] },
      cpPlans: { orderBy: (p) => [asc(p.startDate), asc(p.createdAt)] },
      closure: true,
    },
  });
}
export type StoredCinEpisode = Awaited<ReturnType<typeof cinEpisodesOfChildren>>[number];

export function lookedAfterPeriodsOf(db: Db, personId: string) {
  return db.select().from(lookedAfterPeriods).where(eq(lookedAfterPeriods.personId, personId)).orderBy(asc(lookedAfterPeriods.startDate));
}

function censusEpisodeOf(e: StoredCinEpisode): CensusEpisode {
  return {
    referralDate: e.referralDate,
    referralSource: e.referralSource,
    primaryNeed: e.primaryNeed,
    closureDate: e.closure?.closureDate ?? null,
    reasonForClosure: e.closure?.reasonForClosure ?? null,
    // Hearth records the initial conference on the section 47 enquiry, never at the CIN details level.
    dateOfInitialCpc: null,
    referralNfa: e.referralNfa,
    assessments: e.assessments.map((a) => ({ startDate: a.startDate, authorisationDate: a.authorisationDate, factors: a.factors })),
    cinPlans: e.cinPlans.map((p) => ({ startDate: p.startDate, endDate: p.endDate })),
    section47s: e.section47s.map((s) => ({
      startDate: s.startDate,
      icpcTargetDate: s.icpcTargetDate,
      dateOfInitialCpc: s.dateOfInitialCpc,
      icpcNotRequired: s.icpcNotRequired,
    })),
    cpPlans: e.cpPlans.map((p) => ({
      startDate: p.startDate,
      endDate: p.endDate,
      initialCategory: p.initialCategory,
      latestCategory: p.latestCategory,
      numberOfPreviousCpp: p.numberOfPreviousCpp,
      reviewDates: p.reviewDates,
    })),
  };
}

/**
 * Each child's census record with the ids behind it, for the census checks at source. The LA child
 * ID is the one stored on the child, given with their first referral (none before: no census).
 */
export async function storedCensusChildren(db: Db, personIds: string[]): Promise<Map<string, StoredCensusChild>> {
  if (!personIds.length) return new Map();
  const [children, episodes] = await Promise.all([
    db.select().from(people).where(inArray(people.id, personIds)),
    cinEpisodesOfChildren(db, personIds),
  ]);
  return new Map(
    children.map((p) => {
      const mine = episodes.filter((e) => e.personId === p.id);
      const stored: StoredCensusChild = {
        child: {
          laChildId: p.laChildId,
          upn: p.upn,
          formerUpn: p.formerUpn,
          upnUnknown: p.upnUnknownReason,
          dateOfBirth: p.expectedDateOfBirth ? null : p.dateOfBirth,
          expectedDateOfBirth: p.expectedDateOfBirth,
          sex: p.sex,
          dateOfDeath: p.dateOfDeath,
          ethnicity: p.ethnicity,
          disabilities: p.disabilities ?? [],
          episodes: mine.map(censusEpisodeOf),
        },
        ids: mine.map((e) => ({
          referralId: e.id,
          assessments: e.assessments.map((a) => a.id),
          cinPlans: e.cinPlans.map((c) => c.id),
          section47s: e.section47s.map((s) => s.id),
          cpPlans: e.cpPlans.map((c) => c.id),
        })),
      };
      return [p.id, stored];
    }),
  );
}

/** Writes a child's own census details (sex, ethnicity, disabilities, UPN not known, former UPN, death). */
export async function saveChildCensusDetails(db: Db, personId: string, record: ChildCensusDetails) {
  const [row] = await db
    .update(people)
    .set({
      sex: record.sex ?? null,
      ethnicity: record.ethnicity ?? null,
      disabilities: record.disabilities.length ? record.disabilities : null,
      upnUnknownReason: record.upnUnknownReason ?? null,
      formerUpn: record.formerUpn ?? null,
      dateOfDeath: record.dateOfDeath ?? null,
      updatedAt: new Date(),
    })
    .where(eq(people.id, personId))
    .returning({ id: people.id });
  return row ?? null;
}

/** A referral of this child, or null: every part is written only under the child's own referral. */
export async function referralOfChild(db: Db, personId: string, referralId: string) {
  const [row] = await db
    .select()
    .from(cinReferrals)
    .where(and(eq(cinReferrals.id, referralId), eq(cinReferrals.personId, personId)));
  return row ?? null;
}

/** Records or changes a referral; null when `id` is not one of this child's. */
export async function saveCinReferral(
  db: Db,
  params: { personId: string; id?: string; record: z.input<typeof cinReferralRecordSchema>; staffId: string },
) {
  const r = cinReferralRecordSchema.parse(params.record);
  const values = { ...r, primaryNeed: r.primaryNeed ?? null };
  if (!params.id) {
    const [row] = await db
      .insert(cinReferrals)
      .values({ ...values, personId: params.personId, createdBy: params.staffId })
      .returning();
    return row!;
  }
  const [row] = await db
    .update(cinReferrals)
    .set(values)
    .where(and(eq(cinReferrals.id, params.id), eq(cinReferrals.personId, params.personId)))
    .returning();
  return row ?? null;
}

type PartTable = typeof cinAssessments | typeof cinPlans | typeof section47Enquiries | typeof childProtectionPlans;

/**
 * One save for every part that hangs off a referral, so each kind is only a schema, a table and
 * its optional dates: a new part, or a change to one already under that referral (null when `id`
 * is not). An optional date left out of a change (an end date taken away) is cleared, not kept.
 */
function episodePartSave<S extends z.ZodType<object>>(schema: S, table: PartTable, optional: readonly string[]) {
  return async (db: Db, params: { referralId: string; id?: string; record: z.input<S> }): Promise<{ id: string } | null> => {
    const record = { ...Object.fromEntries(optional.map((k) => [k, null])), ...schema.parse(params.record) };
    if (!params.id) {
      const [row] = await db
        .insert(table)
        .values({ ...record, referralId: params.referralId } as never)
        .returning({ id: table.id });
      return row!;
    }
    const [row] = await db
      .update(table)
      .set(record as never)
      .where(and(eq(table.id, params.id), eq(table.referralId, params.referralId)))
      .returning({ id: table.id });
    return row ?? null;
  };
}

export const saveCinAssessment = episodePartSave(cinAssessmentRecordSchema, cinAssessments, ["authorisationDate"]);
export const saveCinPlan = episodePartSave(cinPlanRecordSchema, cinPlans, ["endDate"]);
export const saveSection47Enquiry = episodePartSave(section47RecordSchema, section47Enquiries, ["icpcTargetDate", "dateOfInitialCpc"]);
export const saveChildProtectionPlan = episodePartSave(childProtectionPlanRecordSchema, childProtectionPlans, ["endDate"]);

/** Closes an episode, or changes its closure: an episode has one. */
export async function saveCinClosure(db: Db, params: { referralId: string; closure: CinClosure; staffId: string }) {
  const [row] = await db
    .insert(cinClosures)
    .values({ ...params.closure, referralId: params.referralId, closedBy: params.staffId })
    .onConflictDoUpdate({ target: cinClosures.referralId, set: { ...params.closure, closedBy: params.staffId } })
    .returning();
  return row!;
}

/** Records or changes a looked-after period; null when `id` is not one of this child's. */
export async function saveLookedAfterPeriod(
  db: Db,
  params: { personId: string; id?: string; record: z.input<typeof lookedAfterPeriodRecordSchema>; staffId: string },
) {
  const p = lookedAfterPeriodRecordSchema.parse(params.record);
  const values = { ...p, endDate: p.endDate ?? null };
  if (!params.id) {
    const [row] = await db
      .insert(lookedAfterPeriods)
      .values({ ...values, personId: params.personId, recordedBy: params.staffId })
      .returning();
    return row!;
  }
  const [row] = await db
    .update(lookedAfterPeriods)
    .set(values)
    .where(and(eq(lookedAfterPeriods.id, params.id), eq(lookedAfterPeriods.personId, params.personId)))
    .returning();
  return row ?? null;
}
