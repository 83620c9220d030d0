import { schema } from "@hearth/db";
import { workItemStatuses } from "@hearth/domain";
import { z } from "zod";
import { familyIdentitySchema } from "../families/output-schemas";

/** What the case procedures answer with. Enums take the database's own values. */

const visitStatus = z.enum(workItemStatuses).nullable();

export const caseOpenedSchema = z.object({ caseId: z.string(), familyId: z.string() });
export const caseVisitRecordedSchema = z.object({ caseId: z.string(), visitId: z.string() });
export const caseStatusChangedSchema = z.object({ caseId: z.string(), status: z.enum(schema.fssCaseStatus.enumValues) });

export const caseChangedSchema = z.object({ caseId: z.string(), id: z.string() });

export const casePlanSchema = z.object({
  outcomes: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      actions: z.array(
        z.object({
          id: z.string(),
          outcomeId: z.string(),
          description: z.string(),
          owner: z.string(),
          dueOn: z.string(),
          status: z.enum(schema.casePlanActionStatus.enumValues),
        }),
      ),
    }),
  ),
  reviews: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      progress: z.string(),
      decision: z.enum(schema.caseReviewDecision.enumValues),
      decisionNote: z.string(),
      recordedByName: z.string(),
    }),
  ),
  oversight: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(schema.caseOversightKind.enumValues),
      decidedOn: z.string(),
      decision: z.string(),
      rationale: z.string(),
      recordedByName: z.string(),
    }),
  ),
  /** Null once the case is closed. */
  nextReviewDue: z.string().nullable(),
});

export const teamWorkloadSchema = z.object({
  today: z.string(),
  workers: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      families: z.number().int(),
      children: z.number().int(),
      childProtectionPlans: z.number().int(),
      visitsOverdue: z.number().int(),
      cases: z.array(
        z.object({
          id: z.string(),
          familyId: z.string(),
          familyName: z.string(),
          openedOn: z.string(),
          children: z.number().int(),
          childProtectionPlans: z.number().int(),
          visitsOverdue: z.number().int(),
        }),
      ),
    }),
  ),
});

export const casePageSchema = z.object({
  family: familyIdentitySchema,
  case: z.object({
    id: z.string(),
    familyId: z.string(),
    keyWorkerId: z.string(),
    keyWorkerName: z.string(),
    status: z.enum(schema.fssCaseStatus.enumValues),
    reason: z.string(),
    openedOn: z.string(),
    closedAt: z.date().nullable(),
    closeReason: z.string().nullable(),
    closeSummary: z.string().nullable(),
    outcome: z.enum(schema.fssCaseOutcome.enumValues).nullable(),
    steppedDownToLcss: z.boolean(),
    reopenReason: z.string().nullable(),
  }),
  children: z.array(
    z.object({
      personId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      category: z.enum(schema.fssCaseChildCategory.enumValues),
      lastSeenOn: z.string().nullable(),
      nextVisitDue: z.string().nullable(),
      visitStatus,
    }),
  ),
  childrenHidden: z.number(),
  visits: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(schema.caseVisitKind.enumValues),
      occurredAt: z.date(),
      whoWasSeen: z.string(),
      narrative: z.string(),
      significant: z.boolean(),
      recordedByName: z.string(),
      children: z.array(
        z.object({ personId: z.string(), seen: z.boolean(), seenAlone: z.boolean().nullable(), notSeenAloneReason: z.string().nullable() }),
      ),
    }),
  ),
  plan: casePlanSchema,
  today: z.string(),
  canChange: z.boolean(),
  /** Managers record oversight and reallocate; the FSS staff who could take the case over. */
  canOversee: z.boolean(),
  keyWorkerChoices: z.array(z.object({ id: z.string(), displayName: z.string() })),
});
export type CasePage = z.infer<typeof casePageSchema>;

export const caseloadSchema = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      status: z.enum(schema.fssCaseStatus.enumValues),
      openedOn: z.string(),
      children: z.number(),
      childProtectionPlans: z.number(),
      nextVisitDue: z.string().nullable(),
      visitStatus,
    }),
  ),
  today: z.string(),
});
