import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { textSchema } from "../shared/text";

/**
 * FSS whole-family case work (issue 12 §2): a case belongs to a family and names its children, each
 * with the category of work that brings them to FSS. The category decides how often the child must
 * be seen (see visit-cadence.ts).
 */
export const caseChildCategories = ["child_in_need", "child_protection_plan", "looked_after", "neet", "multiple_needs"] as const;
export type CaseChildCategory = (typeof caseChildCategories)[number];
export const caseChildCategoryLabels: Record<CaseChildCategory, string> = {
  child_in_need: "Child in need",
  child_protection_plan: "Child protection plan",
  looked_after: "Looked after",
  neet: "Not in education, employment or training (NEET)",
  multiple_needs: "Multiple needs",
};

export const caseStatuses = ["open", "closed"] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseVisitKinds = ["home", "school", "office", "phone", "video", "group"] as const;
export type CaseVisitKind = (typeof caseVisitKinds)[number];
export const caseVisitKindLabels: Record<CaseVisitKind, string> = {
  home: "Home visit",
  school: "School visit",
  office: "Office appointment",
  phone: "Phone call",
  video: "Video call",
  group: "Group session",
};

export const caseOutcomes = ["met", "partly_met", "not_met"] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];
export const caseOutcomeLabels: Record<CaseOutcome, string> = { met: "Met", partly_met: "Partly met", not_met: "Not met" };

const caseId = z.uuid({ error: "Unknown case" });

export const caseOpenSchema = z.object({
  familyId: z.uuid({ error: "Choose a family" }),
  children: z
    .array(
      z.object({
        personId: z.uuid({ error: "Choose a child from the family" }),
        category: z.enum(caseChildCategories, { error: "Choose why FSS is working with this child" }),
      }),
    )
    .min(1, "Name at least one child the case is about")
    .max(20, "A case can name at most 20 children")
    .refine((children) => new Set(children.map((c) => c.personId)).size === children.length, "Name each child once"),
  keyWorkerId: z.uuid({ error: "Choose a key worker" }),
  reason: textSchema({ label: "reason for opening the case", max: 2000, min: 1, multiline: true }),
});
export type CaseOpen = z.infer<typeof caseOpenSchema>;

/** 24-hour time, as the time input gives it. */
const timeSchema = z.string({ error: "Enter the time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the time as hours and minutes, like 14:30");

export const caseVisitChildSchema = z
  .object({
    personId: z.uuid({ error: "Choose a child named on the case" }),
    seen: z.boolean({ error: "Say whether the child was seen" }),
    seenAlone: z.boolean({ error: "Say whether the child was seen alone" }).optional(),
    notSeenAloneReason: textSchema({ label: "reason the child was not seen alone", max: 500, multiline: true }).optional(),
  })
  .superRefine((child, issue) => {
    if (child.seen && child.seenAlone === undefined)
      issue.addIssue({ code: "custom", path: ["seenAlone"], message: "Say whether the child was seen alone" });
    if (child.seen && child.seenAlone === false && !child.notSeenAloneReason)
      issue.addIssue({ code: "custom", path: ["notSeenAloneReason"], message: "Say why the child was not seen alone" });
  });
export type CaseVisitChild = z.infer<typeof caseVisitChildSchema>;

/**
 * A visit or case note. The date and time are London wall-clock time; whether that is in the future
 * needs a clock, so the API checks it (see visitIsInFuture) and answers beside the date.
 */
export const caseVisitRecordSchema = z.object({
  caseId,
  kind: z.enum(caseVisitKinds, { error: "Choose the kind of contact" }),
  occurredOn: isoDateSchema,
  time: timeSchema,
  whoWasSeen: textSchema({ label: "who was seen", max: 500, min: 1 }),
  children: z.array(caseVisitChildSchema).min(1, "Say for each child whether they were seen").max(20),
  narrative: textSchema({ label: "what happened", max: 10_000, min: 1, multiline: true }),
  significant: z.boolean().default(false),
});
export type CaseVisitRecord = z.infer<typeof caseVisitRecordSchema>;

export const caseCloseSchema = z.object({
  caseId,
  reason: textSchema({ label: "reason for closing", max: 500, min: 1 }),
  summary: textSchema({ label: "closing summary", max: 5000, min: 1, multiline: true }),
  outcome: z.enum(caseOutcomes, { error: "Choose whether the case's outcomes were met" }),
  /** The family goes back to early help with LCSS, shown on the family's chronology. */
  stepDownToLcss: z.boolean().default(false),
});
export type CaseClose = z.infer<typeof caseCloseSchema>;

export const caseReopenSchema = z.object({ caseId, reason: textSchema({ label: "reason for reopening", max: 500, min: 1 }) });
export type CaseReopen = z.infer<typeof caseReopenSchema>;

export const caseReadSchema = z.object({ caseId });
export type CaseRead = z.infer<typeof caseReadSchema>;

/** The area's families stepped down from FSS at a case's closure, waiting for LCSS (nothing to choose). */
export const stepDownListSchema = z.object({});
/** A locality worker picks up a family stepped down at a case's closure. */
export const stepDownPickUpSchema = z.object({ caseId });
export type StepDownPickUp = z.infer<typeof stepDownPickUpSchema>;

/** LCSS has this many working days from the closure to pick the family up before it shows overdue. */
export const STEP_DOWN_PICK_UP_WORKING_DAYS = 2;

export const caseloadListSchema = z.object({ includeClosed: z.boolean().optional() });
export type CaseloadList = z.infer<typeof caseloadListSchema>;

/** The UTC instant of a London wall-clock date and time (summer time included). */
export function londonWallClockToInstant(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(guess);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asLondon = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return new Date(guess.getTime() - (asLondon - guess.getTime()));
}

/** A visit cannot be recorded before it happens. */
export function visitIsInFuture(visit: Pick<CaseVisitRecord, "occurredOn" | "time">, now: Date): boolean {
  return londonWallClockToInstant(visit.occurredOn, visit.time).getTime() > now.getTime();
}
