import type { TagColour } from "../../components/content";

/** The visit-due status as the caseload and case page show it. */
export const visitStatusText: Record<string, string> = { overdue: "Overdue", due_today: "Due today", due: "Due" };
export const visitStatusColour: Record<string, TagColour> = { overdue: "red", due_today: "orange", due: "blue" };
