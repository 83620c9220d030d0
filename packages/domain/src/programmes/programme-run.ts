import { z } from "zod";
import { postcodeSchema } from "../centres/postcode";
import { firstOccurrences, weeklyScheduleSchema, type OccurrenceOptions, type SessionOccurrence } from "../sessions/recurring-schedule";
import type { Programme } from "./programme-catalogue";
import { textSchema } from "../shared/text";

/**
 * A run (cohort) of a programme: where, when, who facilitates and how many families it takes.
 * Venues are a centre, or somewhere else with an address (a school hall, a community room).
 */
export const programmeRunVenueSchema = z.union([
  z.object({ centreId: z.uuid({ error: "Unknown centre" }) }),
  z.object({
    name: textSchema({ label: "venue’s name", max: 120, min: 1 }),
    postcode: postcodeSchema,
  }),
]);

export const programmeRunStatuses = ["planned", "running", "finished", "cancelled"] as const;
export type ProgrammeRunStatus = (typeof programmeRunStatuses)[number];

export const programmeRunCreateSchema = z.object({
  programmeId: z.uuid({ error: "Unknown programme" }),
  venue: programmeRunVenueSchema,
  schedule: weeklyScheduleSchema,
  facilitators: z
    .array(
      z.object({
        name: textSchema({ label: "facilitator’s name", max: 120, min: 1 }),
        /** A member of staff; a partner facilitator (a health visitor, a charity's worker) has none. */
        staffId: z.uuid({ error: "Unknown member of staff" }).optional(),
        /** A partner facilitator's organisation, shown beside their name. */
        organisation: textSchema({ label: "facilitator’s organisation", max: 120 }).optional(),
      }),
    )
    .min(1, "Add at least one facilitator")
    .max(6),
  capacity: z.number().int().min(1, "A run takes at least one family").max(40, "A run takes at most 40 families"),
  status: z.enum(programmeRunStatuses, { error: "Choose the run’s status" }).default("planned"),
  /** The owning area of an outreach run; a run at a centre belongs to the centre's area. */
  areaId: z.uuid({ error: "Choose the area" }).optional(),
});
export type ProgrammeRunCreate = z.infer<typeof programmeRunCreateSchema>;

/** The dates of a run's sessions: the programme's number of sessions, skipping holidays and closures. */
export function programmeRunSessions(
  run: Pick<ProgrammeRunCreate, "schedule">,
  programme: Pick<Programme, "numberOfSessions">,
  options: OccurrenceOptions = {},
): SessionOccurrence[] {
  return firstOccurrences(run.schedule, programme.numberOfSessions, options);
}

/** A change of a run's status (starting it, finishing it, cancelling it). */
export const programmeRunStatusChangeSchema = z.object({
  runId: z.uuid({ error: "Unknown run" }),
  status: z.enum(programmeRunStatuses, { error: "Choose the run’s status" }),
});
export type ProgrammeRunStatusChange = z.infer<typeof programmeRunStatusChangeSchema>;

export const programmeRunIdSchema = z.object({ runId: z.uuid({ error: "Unknown run" }) });
