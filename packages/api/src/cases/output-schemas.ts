import { schema } from "@hearth/db";
import { workItemStatuses } from "@hearth/domain";
import { z } from "zod";
import { familyIdentitySchema } from "../families/output-schemas";

/** What the case procedures answer with. Enums take the database's own values. */

const visitStatus = z.enum(workItemStatuses).nullable();

export const caseOpenedSchema = z.object({ caseId: z.string(), familyId: z.string() });
export const caseVisitRecordedSchema = z.object({ caseId: z.string(), visitId: z.string() });
export const caseStatusChangedSchema = z.object({ caseId: z.string(), status: z.enum(schema.fssCaseStatus.enumValues) });

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
  today: z.string(),
  canChange: z.boolean(),
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
