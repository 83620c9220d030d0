import { schema } from "@hearth/db";
import { consultationSummarySchema, requestForServiceSummarySchema, staffRoleSchema } from "@hearth/domain";
import { z } from "zod";

/**
 * What the family procedures answer with. The family as a reader may see it (members they may
 * open, counts of the rest) is shared by every page of the record.
 */

const familyRole = z.enum(schema.familyRole.enumValues);

/** The stored family row. */
export const familyRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  postcode: z.string().nullable(),
  areaId: z.string(),
  source: z.enum(schema.recordSource.enumValues),
  createdBy: z.string().nullable(),
  keyWorkerId: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** A family as its reader may see it (see showFamily). */
export const shownFamilySchema = familyRowSchema.extend({
  members: z.array(
    z.object({
      personId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      dateOfBirth: z.string(),
      areaId: z.string(),
      role: familyRole,
    }),
  ),
  membersRestricted: z.number(),
  membersOutsideYourArea: z.number(),
});

export const familyAlertSchema = z.object({
  id: z.string(),
  familyId: z.string(),
  kind: z.enum(schema.familyAlertKind.enumValues),
  text: z.string(),
  addedBy: z.string().nullable(),
  reviewBy: z.string(),
  reviewedAt: z.date().nullable(),
  reviewedBy: z.string().nullable(),
  endedAt: z.date().nullable(),
  endedBy: z.string().nullable(),
  endReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** The identity bar every page of the record carries: the family shown, its alerts and key worker. */
export const familyIdentitySchema = shownFamilySchema.extend({
  alerts: z.array(familyAlertSchema),
  keyWorker: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

const lifecycle = { createdAt: z.date(), updatedAt: z.date() };

/** Overview and Members: each member's contact details, relationships and consent. */
export const familyRecordSchema = familyIdentitySchema.extend({
  contacts: z.array(
    z.object({
      personId: z.string(),
      mobilePhone: z.string().nullable(),
      otherPhone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.object({ line1: z.string(), line2: z.string().optional(), town: z.string(), postcode: z.string() }).nullable(),
      preferredChannel: z.enum(schema.contactChannel.enumValues),
      consentToContact: z.boolean(),
      consentRecordedOn: z.string().nullable(),
      safeToLeaveMessage: z.boolean(),
      ...lifecycle,
    }),
  ),
  relationships: z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      relativeId: z.string(),
      relationship: z.enum(schema.relationshipType.enumValues),
      parentalResponsibility: z.enum(schema.parentalResponsibilityBasis.enumValues).nullable(),
      notes: z.string().nullable(),
      ...lifecycle,
    }),
  ),
  consents: z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      givenByPersonId: z.string(),
      givenBy: z.enum(schema.consentGivenBy.enumValues),
      purpose: z.enum(schema.consentPurpose.enumValues),
      givenOn: z.string(),
      method: z.enum(schema.consentMethod.enumValues),
      notes: z.string().nullable(),
      withdrawnOn: z.string().nullable(),
      withdrawalReason: z.string().nullable(),
      recordedBy: z.string().nullable(),
      ...lifecycle,
    }),
  ),
});

const centreVisit = { id: z.string(), title: z.string(), startsAt: z.date(), centreName: z.string() };

/** A referral's status until the child is enrolled, then the enrolment's. */
export const programmePlaceStatuses = ["waiting", "offered", "declined", "enrolled", "completed", "withdrawn"] as const;

/** Involvement: each service's work with the family, one section per service. */
export const familyInvolvementSchema = z.object({
  family: familyIdentitySchema,
  services: z.object({
    centres: z.object({
      bookings: z.array(z.object({ ...centreVisit, reference: z.string(), status: z.enum(schema.bookingStatus.enumValues), places: z.number() })),
      attendance: z.array(
        z.object({ ...centreVisit, personId: z.string(), status: z.enum(schema.attendanceStatus.enumValues), walkIn: z.boolean() }),
      ),
    }),
    /** LCSS's consultations with the family; null for those who do not read its chronology. */
    lcss: z
      .object({
        consultations: z.array(
          consultationSummarySchema.pick({
            id: true,
            reference: true,
            receivedAt: true,
            status: true,
            outcome: true,
            organisationName: true,
            level: true,
          }),
        ),
        /** The family's Early Help Assessments. */
        assessments: z.array(
          z.object({
            id: z.string(),
            status: z.enum(schema.earlyHelpAssessmentStatus.enumValues),
            startedOn: z.string(),
            dueOn: z.string(),
            leadProfessional: z.string().nullable(),
            consentWithdrawnOn: z.string().nullable(),
          }),
        ),
        /** The family's Teams Around the Family, each from one assessment. */
        teamsAroundFamily: z.array(
          z.object({
            id: z.string(),
            assessmentId: z.string(),
            status: z.enum(schema.tafStatus.enumValues),
            startedOn: z.string(),
            closedOn: z.string().nullable(),
            closureReason: z.enum(schema.tafClosureReason.enumValues).nullable(),
            leadName: z.string(),
          }),
        ),
        /** Requests for service LCSS made to FSS, with FSS's decision. */
        requestsForService: z.array(
          requestForServiceSummarySchema.pick({ id: true, reference: true, status: true, level: true, requestedAt: true, decidedAt: true }),
        ),
      })
      .nullable(),
    /** FSS's cases with the family; null for those who do not work FSS cases. */
    fss: z
      .object({
        cases: z.array(
          z.object({
            id: z.string(),
            status: z.enum(schema.fssCaseStatus.enumValues),
            openedOn: z.string(),
            closedAt: z.date().nullable(),
            keyWorkerName: z.string(),
            visits: z.number(),
          }),
        ),
      })
      .nullable(),
    /** The members' group programme referrals and enrolments; null for those who do not see runs. */
    programmes: z
      .array(
        z.object({
          id: z.string(),
          runId: z.string(),
          programmeName: z.string(),
          personId: z.string(),
          status: z.enum(programmePlaceStatuses),
          since: z.string(),
          attended: z.number(),
          sessions: z.number(),
        }),
      )
      .nullable(),
  }),
});

/** Who has looked at this record. */
export const familyAccessLogSchema = z.object({
  family: familyIdentitySchema,
  entries: z.array(
    z.object({
      id: z.number(),
      at: z.date(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string().nullable(),
      outcome: z.enum(schema.auditOutcome.enumValues),
      actorRole: staffRoleSchema.nullable(),
      actorName: z.string().nullable(),
    }),
  ),
});

export const familySearchResultSchema = z.union([
  z.object({
    kind: z.literal("record"),
    id: z.string(),
    name: z.string(),
    postcode: z.string().nullable(),
    areaName: z.string(),
    members: z.number(),
  }),
  z.object({ kind: z.literal("elsewhere"), name: z.string(), areaName: z.string(), contact: z.string() }),
]);

export const memberChangedSchema = z.object({ familyId: z.string(), personId: z.string() });
export const relationshipChangedSchema = memberChangedSchema.extend({ relativeId: z.string() });
