import { schema } from "@hearth/db";
import { ehaTaskStatuses, requestForServiceStatusViewSchema } from "@hearth/domain";
import { z } from "zod";

const domainFindings = z.object({ strengths: z.string().optional(), needs: z.string().optional() });

/** An Early Help Assessment as its pages show it: the task list, every section, its history. */
export const ehaDetailSchema = z.object({
  id: z.string(),
  familyId: z.string(),
  familyName: z.string(),
  consultationId: z.string().nullable(),
  status: z.enum(schema.earlyHelpAssessmentStatus.enumValues),
  startedOn: z.string(),
  dueOn: z.string(),
  completedOn: z.string().nullable(),
  signedOffOn: z.string().nullable(),
  /** The members assessed whom the reader may open; others are counted, not named. */
  children: z.array(z.object({ personId: z.string(), name: z.string(), dateOfBirth: z.string().nullable() })),
  adults: z.array(z.object({ personId: z.string(), name: z.string(), role: z.string() })),
  membersNotShown: z.number(),
  tasks: z.array(z.object({ key: z.string(), title: z.string(), personId: z.string().nullable(), status: z.enum(ehaTaskStatuses) })),
  consent: z.object({
    givenByPersonId: z.string().nullable(),
    givenByName: z.string().nullable(),
    method: z.enum(schema.ehaConsentMethod.enumValues).nullable(),
    givenOn: z.string().nullable(),
    withdrawnOn: z.string().nullable(),
  }),
  /** False once consent is withdrawn (or before it is given): the assessment is not shared. */
  sharingAllowed: z.boolean(),
  leadProfessional: z.object({ name: z.string(), agency: z.string(), role: z.string().optional(), email: z.string().optional() }).nullable(),
  childAssessments: z.array(
    z.object({
      personId: z.string(),
      domains: z.object({ child_development: domainFindings, parenting_capacity: domainFindings, family_environment: domainFindings }),
      childsVoice: z.string(),
    }),
  ),
  parentsViews: z.string().nullable(),
  analysis: z.string().nullable(),
  desiredOutcomes: z.array(z.string()),
  returnComments: z.string().nullable(),
  /** The quality audit, for its author and senior practitioners only; null for others. */
  qualityAudit: z
    .object({
      rating: z.enum(schema.ehaQualityRating.enumValues),
      feedback: z.string(),
      auditedAt: z.string(),
    })
    .nullable(),
  qualityAudited: z.boolean(),
  authoredByYou: z.boolean(),
  history: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(schema.ehaEventKind.enumValues),
      occurredOn: z.string(),
      byName: z.string(),
      note: z.string().nullable(),
    }),
  ),
  /** The request for service to FSS made from this assessment, if any. */
  requestForService: requestForServiceStatusViewSchema.nullable(),
});
export type EhaDetail = z.infer<typeof ehaDetailSchema>;

export const ehaStartedSchema = z.object({ id: z.string() });

export const ehaListResultSchema = z.object({
  assessments: z.array(
    z.object({
      id: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      status: z.enum(schema.earlyHelpAssessmentStatus.enumValues),
      startedOn: z.string(),
      dueOn: z.string(),
      leadProfessional: z.string().nullable(),
      consentWithdrawnOn: z.string().nullable(),
    }),
  ),
});
