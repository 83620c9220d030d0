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

export const programmeRunCreateSchema = z.object({
  programmeId: z.uuid({ error: "Unknown programme" }),
  venue: programmeRunVenueSchema,
  schedule: weeklyScheduleSchema,
  facilitators: z
    .array(
      z.object({
        name: textSchema({ label: "facilitator’s name", max: 120, min: 1 }),
        staffId: z.uuid().optional(),
      }),
    )
    .min(1, "Add at least one facilitator")
    .max(6),
  capacity: z.number().int().min(1, "A run takes at least one family").max(40, "A run takes at most 40 families"),
  status: z.enum(["planned", "running", "finished", "cancelled"]).default("planned"),
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
