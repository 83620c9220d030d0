import { schema } from "@hearth/db";
import { z } from "zod";

/** What the person procedures answer with. */

/** The stored person row. */
export const personRowSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  expectedDateOfBirth: z.string().nullable(),
  nhsNumber: z.string().nullable(),
  upn: z.string().nullable(),
  postcode: z.string().nullable(),
  areaId: z.string(),
  source: z.enum(schema.recordSource.enumValues),
  createdBy: z.string().nullable(),
  sex: z.string().nullable(),
  ethnicity: z.string().nullable(),
  disabilities: z.array(z.string()).nullable(),
  hasSend: z.boolean().nullable(),
  hasEhcPlan: z.boolean().nullable(),
  isCareLeaver: z.boolean().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** A person's page: the record, whether it is restricted, and the families the reader may see. */
export const personReadSchema = personRowSchema.extend({
  restricted: z.boolean(),
  /** Set when the id asked for was a duplicate merged into this record (issue 10 §2). */
  mergedFromId: z.string().nullable(),
  families: z.array(z.object({ familyId: z.string(), name: z.string(), areaId: z.string(), role: z.enum(schema.familyRole.enumValues) })),
  familiesOutsideYourArea: z.number(),
});

export const personCreatedSchema = z.union([
  z.object({ status: z.literal("created"), person: personRowSchema }),
  z.object({
    status: z.literal("possible_duplicates"),
    matches: z.array(
      z.object({
        id: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        dateOfBirth: z.string(),
        postcode: z.string().nullable(),
        reason: z.enum(["nhs_number", "upn", "name_and_date_of_birth"]),
      }),
    ),
    matchesOutsideYourArea: z.number(),
  }),
]);

/** A search result: the record's summary in the reader's area, else only whom to contact. */
export const personSearchResultSchema = z.union([
  z.object({
    kind: z.literal("record"),
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    dateOfBirth: z.string(),
    age: z.number(),
    postcode: z.string().nullable(),
    areaName: z.string(),
    families: z.array(z.object({ familyId: z.string(), name: z.string() })),
    services: z.array(z.string()),
  }),
  z.object({
    kind: z.literal("elsewhere"),
    firstName: z.string(),
    lastName: z.string(),
    age: z.number(),
    areaName: z.string(),
    contact: z.string(),
    handle: z.string(),
  }),
  z.object({ kind: z.literal("restricted"), contact: z.string() }),
]);

/** A record that may be the same person, for choosing the duplicate to merge. */
export const mergeCandidateSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  postcode: z.string().nullable(),
  areaName: z.string(),
});

/** Rows linked to a person, by `table.column`, as the merge review counts and the merge moves them. */
const linkedCountsSchema = z.record(z.string(), z.number());

/** One side of the merge review. */
const mergeSideSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  nhsNumber: z.string().nullable(),
  upn: z.string().nullable(),
  postcode: z.string().nullable(),
  areaName: z.string(),
  families: z.array(z.string()),
  linked: linkedCountsSchema,
});

export const mergeReviewSchema = z.object({ duplicate: mergeSideSchema, keep: mergeSideSchema, refusal: z.string().nullable() });

export const mergedSchema = z.object({ keptId: z.string(), mergedId: z.string(), moved: linkedCountsSchema, dropped: linkedCountsSchema });

/** A result of the "Duplicates and restrictions" search: a record the caller may open, or only whom to contact. */
export const personToMaintainSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("record"),
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    dateOfBirth: z.string(),
    postcode: z.string().nullable(),
    areaName: z.string(),
    restricted: z.boolean(),
  }),
  z.object({ kind: z.literal("restricted"), id: z.string().nullable(), contact: z.string() }),
]);
