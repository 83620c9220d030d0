import { z } from "zod";
import type { StaffRole } from "../access/roles";
import { type IsoDate } from "../calendar/iso-date";
import { countOf } from "../shared/counts";

/**
 * "My work": the things a member of staff has to do by a date, gathered from the records that carry
 * an assignee and a due date. Each later issue adds its kinds here and a source in @hearth/db.
 */
export const workItemKinds = [
  "early_help_assessment",
  "consultation_feedback",
  "case_visit",
  "taf_review",
  "census_problem",
  "directory_review",
  "request_for_service_decision",
  "case_review",
  "neet_not_known",
  "programme_missed_sessions",
  "case_step_down",
] as const;
export type WorkItemKind = (typeof workItemKinds)[number];
export const workItemKindLabels: Record<WorkItemKind, string> = {
  early_help_assessment: "Early help assessment",
  consultation_feedback: "Feedback to a referrer",
  case_visit: "Visit a child",
  taf_review: "Review a team around the family",
  census_problem: "Put right a child’s census problems",
  directory_review: "Review a directory entry",
  request_for_service_decision: "Read FSS's decision on a request",
  case_review: "Review an FSS case plan",
  neet_not_known: "Find out what a young person is doing",
  programme_missed_sessions: "Ring a family who missed two sessions",
  case_step_down: "Pick up a family FSS stepped down",
};

/** Worked out from the due date and today, never stored, so it is right every morning. */
export const workItemStatuses = ["overdue", "due_today", "due"] as const;
export type WorkItemStatus = (typeof workItemStatuses)[number];
export const workItemStatusLabels: Record<WorkItemStatus, string> = {
  overdue: "Overdue",
  due_today: "Due today",
  due: "Due",
};

/** ISO dates compare correctly as strings, so no parsing is needed. */
export function workItemStatus(dueOn: IsoDate, today: IsoDate): WorkItemStatus {
  if (dueOn < today) return "overdue";
  return dueOn === today ? "due_today" : "due";
}

/** Managers see their area's staff's work as well as their own. */
export const teamManagerRoles = ["lcss_senior", "fss_manager", "centre_manager"] as const satisfies readonly StaffRole[];
export function managesTeam(role: StaffRole): boolean {
  return (teamManagerRoles as readonly StaffRole[]).includes(role);
}

export const workItemListSchema = z.object({
  /** The caller's team (their area's staff) as well as their own; managers only. */
  team: z.boolean().optional(),
  kinds: z
    .array(z.enum(workItemKinds, { error: "Choose a kind of task from the list" }))
    .max(workItemKinds.length)
    .optional(),
  statuses: z
    .array(z.enum(workItemStatuses, { error: "Choose a status from the list" }))
    .max(workItemStatuses.length)
    .optional(),
});
export type WorkItemList = z.infer<typeof workItemListSchema>;

export const workItemSchema = z.object({
  id: z.string(),
  kind: z.enum(workItemKinds),
  title: z.string(),
  dueOn: z.string(),
  status: z.enum(workItemStatuses),
  /** Null for work about a no-names consultation, which identifies no family. */
  familyId: z.string().nullable(),
  familyName: z.string().nullable(),
  /** The consultation the work is about, when it is one. */
  consultationId: z.string().nullable(),
  /** The service directory entry to review, when it is one. */
  directoryServiceId: z.string().nullable().optional(),
  /** The young person whose activity is no longer known, for NEET follow-up. */
  personId: z.string().nullable().optional(),
  assignedTo: z.object({ id: z.string(), name: z.string() }),
});
export type WorkItem = z.infer<typeof workItemSchema>;
export const workItemListResultSchema = z.object({ items: z.array(workItemSchema), today: z.string(), team: z.boolean() });
export type WorkItemListResult = z.infer<typeof workItemListResultSchema>;

/** The staff home page that lists a person's work: the home of the app their role works in. */
export function staffHomePath(role: StaffRole): string {
  if (role === "lcss_worker" || role === "lcss_senior") return "/lcss/";
  if (role === "centre_staff" || role === "centre_manager") return "/centres/staff/";
  return "/fss/";
}

/** The digest's idempotency key: one email per member of staff per London day. Ids only. */
export function workDigestKey(staffId: string, day: IsoDate): string {
  return `work-digest:${staffId}:${day}`;
}

/** Counts only: the morning digest goes by email, which must never carry a family's name. */
export interface WorkDigestCounts {
  due: number;
  dueToday: number;
  overdue: number;
}

export function countWork(statuses: readonly WorkItemStatus[]): WorkDigestCounts {
  return {
    due: statuses.length,
    dueToday: statuses.filter((s) => s === "due_today").length,
    overdue: statuses.filter((s) => s === "overdue").length,
  };
}

/** The digest's email: counts and a link to the staff home page, and nothing about any family. */
export function workDigestMessage(counts: WorkDigestCounts, homeUrl: string): { subject: string; body: string } {
  const items = countOf(counts.due, "item", "items");
  return {
    subject: `Your work today: ${items}, ${counts.overdue} overdue`,
    body: [
      "Good morning,",
      "",
      `You have ${items} of work open: ${counts.dueToday} due today and ${counts.overdue} overdue.`,
      "",
      `See them on your home page: ${homeUrl}`,
    ].join("\n"),
  };
}
