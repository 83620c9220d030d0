import { and, asc, eq, isNull, or } from "drizzle-orm";
import {
  consentRecordCreateSchema,
  consentWithdrawSchema,
  contactDetailsSchema,
  disabilitiesSchema,
  ethnicitySchema,
  householdRelationshipSchema,
  isoDateSchema,
  sexSchema,
} from "@hearth/domain";
import { z } from "zod";
import type { Db } from "../client";
import { consentRecords, contactDetails, people, personRelationships } from "../schema";

/**
 * The fuller census details of a person. Only these columns are written; date_of_birth stays as
 * it is (NOT NULL), so an unborn child's expected date of birth is held in its own column.
 */
export const personCensusDetailsSchema = z.object({
  sex: sexSchema.optional(),
  ethnicity: ethnicitySchema.optional(),
  disabilities: disabilitiesSchema.optional(),
  hasSend: z.boolean().optional(),
  hasEhcPlan: z.boolean().optional(),
  isCareLeaver: z.boolean().optional(),
  expectedDateOfBirth: isoDateSchema.optional(),
});

export async function setPersonCensusDetails(db: Db, params: { personId: string; details: z.input<typeof personCensusDetailsSchema> }) {
  const details = personCensusDetailsSchema.parse(params.details);
  const [row] = await db.update(people).set(details).where(eq(people.id, params.personId)).returning();
  return row ?? null;
}

/** Records a household's relationships in one transaction: all of them or none. */
export async function insertPersonRelationships(db: Db, params: { relationships: z.input<typeof householdRelationshipSchema>[] }) {
  const relationships = params.relationships.map((r) => householdRelationshipSchema.parse(r));
  if (relationships.length === 0) return [];
  return db.transaction((tx) =>
    tx
      .insert(personRelationships)
      .values(relationships.map((r) => ({ ...r, parentalResponsibility: r.parentalResponsibility ?? null })))
      .returning(),
  );
}

/** Every relationship either way round, with whether the person holds parental responsibility. */
export async function listPersonRelationships(db: Db, params: { personId: string }) {
  const rows = await db
    .select()
    .from(personRelationships)
    .where(or(eq(personRelationships.personId, params.personId), eq(personRelationships.relativeId, params.personId)))
    .orderBy(asc(personRelationships.createdAt));
  return rows.map((r) => ({ ...r, holdsParentalResponsibility: r.parentalResponsibility !== null }));
}

/** Creates or replaces a person's contact details. */
export async function saveContactDetails(db: Db, params: { personId: string; details: z.input<typeof contactDetailsSchema> }) {
  const d = contactDetailsSchema.parse(params.details);
  const values = {
    mobilePhone: d.mobilePhone ?? null,
    otherPhone: d.otherPhone ?? null,
    email: d.email ?? null,
    address: d.address ?? null,
    preferredChannel: d.preferredChannel,
    consentToContact: d.consentToContact,
    consentRecordedOn: d.consentRecordedOn ?? null,
    safeToLeaveMessage: d.safeToLeaveMessage,
  };
  const [row] = await db
    .insert(contactDetails)
    .values({ personId: params.personId, ...values })
    .onConflictDoUpdate({ target: contactDetails.personId, set: values })
    .returning();
  return row!;
}

export async function getContactDetails(db: Db, params: { personId: string }) {
  const [row] = await db.select().from(contactDetails).where(eq(contactDetails.personId, params.personId));
  return row ?? null;
}

export async function insertConsentRecord(db: Db, params: { record: z.input<typeof consentRecordCreateSchema>; recordedBy?: string | null }) {
  const record = consentRecordCreateSchema.parse(params.record);
  const [row] = await db
    .insert(consentRecords)
    .values({ ...record, notes: record.notes ?? null, recordedBy: params.recordedBy ?? null })
    .returning();
  return row!;
}

/** Null when the record does not exist or was already withdrawn; the database refuses a date before it was given. */
export async function withdrawConsentRecord(db: Db, params: { consentId: string; withdrawal: z.input<typeof consentWithdrawSchema> }) {
  const w = consentWithdrawSchema.parse(params.withdrawal);
  const [row] = await db
    .update(consentRecords)
    .set({ withdrawnOn: w.withdrawnOn, withdrawalReason: w.reason })
    .where(and(eq(consentRecords.id, params.consentId), isNull(consentRecords.withdrawnOn)))
    .returning();
  return row ?? null;
}

export function listConsentRecords(db: Db, params: { personId: string }) {
  return db.select().from(consentRecords).where(eq(consentRecords.personId, params.personId)).orderBy(asc(consentRecords.givenOn));
}
