import { z } from "zod";
import { requestForServiceStatuses, requestForServiceStatusViewSchema } from "../requests-for-service/request-for-service";
import { consultationFamilyKinds, consultationOutcomeSchema, consultationStatuses } from "./consultation";
import { referrerFeedbackMethods } from "./referrer-feedback";

/**
 * What the consultation procedures answer with, so the API declares its outputs and the pages
 * read the same shapes. Instants travel as ISO strings.
 */
const instant = z.string();
const status = z.enum(consultationStatuses);
const familyKind = z.enum(consultationFamilyKinds).nullable();

export const consultationReferenceSchema = z.object({
  mash: z.object({ name: z.string(), phone: z.string() }),
  seniorConfirmationLevels: z.array(z.number().int()),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  localities: z.array(z.object({ id: z.string(), name: z.string(), areaId: z.string() })),
  /** The reader's area's locality workers and senior practitioners, for the queue's worker filter. */
  workers: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ConsultationReference = z.infer<typeof consultationReferenceSchema>;

export const consultationRecordedSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status,
  suggestedLevel: z.number().int().nullable(),
  seniorConfirmationReasons: z.array(z.string()),
});
export type ConsultationRecorded = z.infer<typeof consultationRecordedSchema>;

export const consultationSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  receivedAt: instant,
  status,
  /** Null until an online request has been called back. */
  outcome: consultationOutcomeSchema.nullable(),
  familyKind,
  /** The family's name for a named consultation; the child's age for a no-names one. */
  familyName: z.string().nullable(),
  childAge: z.number().int().nullable(),
  organisationName: z.string().nullable(),
  /** Null for an online request nobody has picked up yet. */
  takenByName: z.string().nullable(),
  level: z.number().int().nullable(),
  localityName: z.string().nullable(),
  /** When feedback to the referrer is due (2 working days after the decision); null until decided or once given. */
  feedbackDueOn: z.string().nullable(),
});
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;
/** A row of the consultation list: the summary, and where its request for service to FSS stands (a step-down shows here). */
export const consultationListItemSchema = consultationSummarySchema.extend({
  requestForServiceStatus: z.enum(requestForServiceStatuses).nullable(),
});
export type ConsultationListItem = z.infer<typeof consultationListItemSchema>;
export const consultationListResultSchema = z.object({ consultations: z.array(consultationListItemSchema) });

export const consultationDetailSchema = consultationSummarySchema.extend({
  immediateRisk: z.boolean(),
  callerName: z.string().nullable(),
  callerRole: z.string().nullable(),
  callerPhone: z.string().nullable(),
  callerEmail: z.string().nullable(),
  familyId: z.string().nullable(),
  children: z.array(z.object({ personId: z.string(), name: z.string() })),
  consentGivenBy: z.string().nullable(),
  childSetting: z.string().nullable(),
  concern: z.string().nullable(),
  adviceGiven: z.string().nullable(),
  signpostTo: z.string().nullable(),
  namedAt: instant.nullable(),
  decision: z
    .object({
      id: z.string(),
      suggestedLevel: z.number().int(),
      level: z.number().int(),
      rationale: z.string().nullable(),
      indicators: z.array(z.object({ code: z.string(), wording: z.string(), level: z.number().int(), domain: z.string() })),
      protectiveFactors: z.array(z.string()),
      decidedOn: z.string(),
      decidedByName: z.string(),
      seniorConfirmationRequired: z.boolean(),
      confirmedByName: z.string().nullable(),
      confirmedAt: instant.nullable(),
      routing: z.string(),
    })
    .nullable(),
  /** Feedback to the referrer: when and how it was given, once it has been. */
  feedback: z
    .object({ sentAt: instant, method: z.enum(referrerFeedbackMethods), recordedByName: z.string().nullable(), note: z.string().nullable() })
    .nullable(),
  /** The request for service to FSS made from this consultation, with FSS's decision. */
  requestForService: requestForServiceStatusViewSchema.nullable(),
  /** Whether the reader may confirm the decision now (a senior practitioner who did not make it). */
  canConfirm: z.boolean(),
});
export type ConsultationDetail = z.infer<typeof consultationDetailSchema>;

export const consultationIdSchema = z.object({ consultationId: z.uuid({ error: "Unknown consultation" }) });
