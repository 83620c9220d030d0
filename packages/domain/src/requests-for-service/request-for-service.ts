import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { caseChildCategories } from "../cases/fss-case";
import { textSchema } from "../shared/text";
import { thresholdLevelSchema } from "../thresholds/levels";

/**
 * A request for service (issue 11 §5): LCSS asks FSS to work with a family whose needs early help
 * cannot meet. It lands in FSS's intake queue as received; FSS decides (issue 12 builds the
 * allocation meeting) and the requester sees the status and decision on the consultation.
 */
export const requestForServiceStatuses = ["received", "accepted", "stepped_down", "escalated", "no_further_action"] as const;
export type RequestForServiceStatus = (typeof requestForServiceStatuses)[number];
export const requestForServiceStatusLabels: Record<RequestForServiceStatus, string> = {
  received: "Received by FSS",
  accepted: "Accepted",
  stepped_down: "Stepped down to early help",
  escalated: "Escalated to children's social care",
  no_further_action: "No further action",
};

/** A reference FSS and the requester can quote, never a record id: RS followed by the number. */
export function requestForServiceReference(number: number): string {
  return `RS${String(number).padStart(6, "0")}`;
}

/**
 * A request starts from exactly one of a consultation, an Early Help Assessment or a team around
 * the family, named by its id; the one form serves all three.
 */
export const requestForServiceSources = ["consultationId", "assessmentId", "tafId"] as const;
export type RequestForServiceSource = (typeof requestForServiceSources)[number];

const requestForServiceFields = z.object({
  consultationId: z.uuid({ error: "Unknown consultation" }).optional(),
  assessmentId: z.uuid({ error: "Unknown Early Help Assessment" }).optional(),
  tafId: z.uuid({ error: "Unknown team around the family" }).optional(),
  level: z.preprocess((v) => (typeof v === "string" && /^\d$/.test(v) ? Number(v) : v), thresholdLevelSchema),
  reasons: textSchema({ label: "reasons for the request", max: 5000, min: 1, multiline: true }),
  triedSoFar: textSchema({
    label: "what has been tried",
    max: 5000,
    min: 1,
    multiline: true,
    required: "Enter what has been tried already, or say that nothing has",
  }),
  consentGivenBy: textSchema({ label: "name of who gave consent", max: 120, min: 1 }),
  consentGivenOn: isoDateSchema,
});
export const requestForServiceCreateSchema = requestForServiceFields.superRefine((d, issue) => {
  if (requestForServiceSources.filter((source) => d[source] !== undefined).length !== 1)
    issue.addIssue({
      code: "custom",
      path: ["consultationId"],
      message: "Make the request from one consultation, assessment or team around the family",
    });
});
export type RequestForServiceCreate = z.infer<typeof requestForServiceCreateSchema>;

/** Consent comes before the request it allows, and is not dated in the future. */
export function requestForServiceConsentProblem(consentGivenOn: string, today: string): string | null {
  if (consentGivenOn > today) return "The date consent was given must be today or in the past";
  return null;
}

export const requestForServiceListSchema = z.object({
  status: z.enum(requestForServiceStatuses).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type RequestForServiceList = z.infer<typeof requestForServiceListSchema>;

export const requestForServiceIdSchema = z.object({ requestId: z.uuid({ error: "Unknown request for service" }) });

const status = z.enum(requestForServiceStatuses);

/** What the requester sees on the consultation: status and decision, not FSS's working notes. */
export const requestForServiceStatusViewSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status,
  requestedAt: z.string(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** When LCSS marked FSS's decision as read; until then it is in the requester's My work. */
  requesterReadAt: z.string().nullable(),
});
export type RequestForServiceStatusView = z.infer<typeof requestForServiceStatusViewSchema>;

export const requestForServiceSummarySchema = requestForServiceStatusViewSchema.extend({
  familyId: z.string(),
  familyName: z.string(),
  level: z.number().int(),
  requestedByName: z.string(),
  consultationReference: z.string().nullable(),
});
export type RequestForServiceSummary = z.infer<typeof requestForServiceSummarySchema>;
export const requestForServiceListResultSchema = z.object({ requests: z.array(requestForServiceSummarySchema) });

/** What a manager chooses from when deciding: the family's children and the area's FSS staff with their caseloads. */
export const requestForServiceChoicesSchema = z.object({
  children: z.array(z.object({ personId: z.string(), name: z.string() })),
  keyWorkers: z.array(z.object({ id: z.string(), displayName: z.string(), openCases: z.number().int() })),
});

export type RequestForServiceChoices = z.infer<typeof requestForServiceChoicesSchema>;

export const requestForServiceDetailSchema = requestForServiceSummarySchema.extend({
  reasons: z.string(),
  triedSoFar: z.string(),
  consentGivenBy: z.string(),
  consentGivenOn: z.string(),
  areaName: z.string(),
  /** Only for those who may decide, while the request waits for a decision. */
  choices: requestForServiceChoicesSchema.nullable(),
});
export type RequestForServiceDetail = z.infer<typeof requestForServiceDetailSchema>;

/**
 * FSS's decision on a request (issue 12 §1): accept and allocate to a key worker (opening a case
 * for the family naming its children), step down to early help with a note for LCSS, escalate to
 * children's social care, or no further action with a reason.
 */
export const requestForServiceDecisions = ["accepted", "stepped_down", "escalated", "no_further_action"] as const;
export type RequestForServiceDecision = (typeof requestForServiceDecisions)[number];

export const requestForServiceDecideSchema = z
  .object({
    requestId: z.uuid({ error: "Unknown request for service" }),
    /** The allocation meeting the decision was taken at, when it was (see allocation-meeting.ts). */
    meetingId: z.uuid({ error: "Unknown allocation meeting" }).optional(),
    decision: z.enum(requestForServiceDecisions, { error: "Choose a decision" }),
    keyWorkerId: z.uuid({ error: "Choose a key worker" }).optional(),
    childIds: z
      .array(z.uuid({ error: "Choose a child from the family" }))
      .max(20, "A case can name at most 20 children")
      .optional(),
    category: z.enum(caseChildCategories, { error: "Choose why FSS is working with the children" }).optional(),
    reason: textSchema({ label: "reason for the decision", max: 2000, multiline: true }).optional(),
  })
  .superRefine((d, issue) => {
    if (d.decision === "accepted") {
      if (!d.keyWorkerId) issue.addIssue({ code: "custom", path: ["keyWorkerId"], message: "Choose a key worker" });
      if (!d.childIds?.length) issue.addIssue({ code: "custom", path: ["childIds"], message: "Name at least one child the case is about" });
      else if (new Set(d.childIds).size !== d.childIds.length)
        issue.addIssue({ code: "custom", path: ["childIds"], message: "Name each child once" });
      if (!d.category) issue.addIssue({ code: "custom", path: ["category"], message: "Choose why FSS is working with the children" });
    }
    if (d.decision === "stepped_down" && !d.reason)
      issue.addIssue({ code: "custom", path: ["reason"], message: "Enter a note for early help about why the request is stepped down" });
    if (d.decision === "no_further_action" && !d.reason)
      issue.addIssue({ code: "custom", path: ["reason"], message: "Enter the reason for no further action" });
  });
export type RequestForServiceDecide = z.infer<typeof requestForServiceDecideSchema>;

export const requestForServiceDecidedSchema = requestForServiceStatusViewSchema.extend({ caseId: z.string().nullable() });
export type RequestForServiceDecided = z.infer<typeof requestForServiceDecidedSchema>;

export const requestForServiceDecisionReadSchema = z.object({ requestId: z.string(), readAt: z.string() });
