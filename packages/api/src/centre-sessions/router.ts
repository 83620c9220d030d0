import {
  centreClosureCreateSchema,
  centreDaySchema,
  centreSessionListSchema,
  openAccessSessionCancelSchema,
  openAccessSessionCreateSchema,
  openAccessSessionUpdateSchema,
  reachQuerySchema,
  sessionAttendanceRecordSchema,
  sessionSeriesCancelSchema,
  sessionSeriesCreateSchema,
  sessionSeriesPreviewSchema,
  sessionSeriesUpdateSchema,
  staffBookingCancelSchema,
  walkInSchema,
} from "@hearth/domain";
import { z } from "zod";
import { checkIn, registerWalkIn } from "./attendance";
import { createClosure, listClosures, removeClosure } from "./closures";
import { cancelBookingForFamily, cancelSession, createSession, updateSession } from "./manage-sessions";
import { reachFigures } from "./reach";
import { centreDay, sessionRegister } from "./registers";
import { closureProcedure, seriesProcedure, sessionProcedure, staffBookingProcedure } from "./scope";
import { cancelSeries, createSeries, updateSeries } from "./series";
import { previewSeries } from "./series-preview";
import { listSessions } from "./list-sessions";
import {
  centreDayRegistersSchema,
  checkedInSchema,
  closureCreatedSchema,
  closureRemovedSchema,
  closureSchema,
  reachFiguresSchema,
  seriesCancelledSchema,
  seriesChangedSchema,
  seriesCreatedSchema,
  seriesPreviewSchema,
  sessionCancelledSchema,
  sessionChangedSchema,
  sessionRegisterSchema,
  staffBookingCancelledSchema,
  staffSessionSchema,
  walkInRegisteredSchema,
} from "./output-schemas";
import { centreScopedProcedure, createTRPCRouter, nudgesFamilyMessages } from "../trpc";

/**
 * Running open-access sessions: centre staff for their own centre, centre managers for every
 * centre in their area. Procedures naming a session, series or booking check the centre it
 * belongs to; another centre's is FORBIDDEN and audited. Reading who is booked is audited.
 */
const centreProcedure = centreScopedProcedure("centreSessions.manage");

export const centreSessionsRouter = createTRPCRouter({
  /** Sessions between two dates with their counts (no names), cancelled ones included. */
  list: centreProcedure
    .input(centreSessionListSchema)
    .output(z.array(staffSessionSchema))
    .query(({ ctx, input }) => listSessions(ctx, input)),

  /** The day's sessions with who is booked, the waiting list and walk-ins. */
  day: centreProcedure
    .input(centreDaySchema)
    .output(centreDayRegistersSchema)
    .query(({ ctx, input }) => centreDay(ctx, input)),

  /** One session's register, to print or to mark on a tablet. */
  register: sessionProcedure.output(sessionRegisterSchema).query(({ ctx, input }) => sessionRegister(ctx, input.sessionId)),

  create: centreProcedure
    .input(openAccessSessionCreateSchema)
    .output(staffSessionSchema)
    .mutation(({ ctx, input }) => createSession(ctx, input)),

  update: sessionProcedure
    .input(openAccessSessionUpdateSchema)
    .use(nudgesFamilyMessages)
    .output(sessionChangedSchema)
    .mutation(({ ctx, input }) => updateSession(ctx, input)),

  cancel: sessionProcedure
    .input(openAccessSessionCancelSchema)
    .use(nudgesFamilyMessages)
    .output(sessionCancelledSchema)
    .mutation(({ ctx, input }) => cancelSession(ctx, input)),

  /** The weeks a new series would run and skip (bank holidays, closures), shown before it is saved. */
  previewSeries: centreProcedure
    .input(sessionSeriesPreviewSchema)
    .output(seriesPreviewSchema)
    .query(({ ctx, input }) => previewSeries(ctx, input)),

  createSeries: centreProcedure
    .input(sessionSeriesCreateSchema)
    .output(seriesCreatedSchema)
    .mutation(({ ctx, input }) => createSeries(ctx, input)),

  updateSeries: seriesProcedure
    .input(sessionSeriesUpdateSchema)
    .use(nudgesFamilyMessages)
    .output(seriesChangedSchema)
    .mutation(({ ctx, input }) => updateSeries(ctx, input)),

  cancelSeries: seriesProcedure
    .input(sessionSeriesCancelSchema)
    .use(nudgesFamilyMessages)
    .output(seriesCancelledSchema)
    .mutation(({ ctx, input }) => cancelSeries(ctx, input)),

  /** Attended or did not attend, for a booked child or a walk-in already registered. */
  checkIn: sessionProcedure
    .input(sessionAttendanceRecordSchema)
    .output(checkedInSchema)
    .mutation(({ ctx, input }) => checkIn(ctx, input)),

  /** A family who came without booking, registered at the door and marked attended. */
  walkIn: sessionProcedure
    .input(walkInSchema)
    .output(walkInRegisteredSchema)
    .mutation(({ ctx, input }) => registerWalkIn(ctx, input)),

  /** Cancels one family's booking for them (they rang), with why; the place goes to the waiting list. */
  cancelBooking: staffBookingProcedure
    .input(staffBookingCancelSchema)
    .use(nudgesFamilyMessages)
    .output(staffBookingCancelledSchema)
    .mutation(({ ctx, input }) => cancelBookingForFamily(ctx, input)),

  /** Registrations, attendances, share under 5 and share from the reach area, per month, with CSV. */
  reach: centreScopedProcedure("reach.read")
    .input(reachQuerySchema)
    .output(reachFiguresSchema)
    .query(({ ctx, input }) => reachFigures(ctx, ctx.centre, input)),

  closures: createTRPCRouter({
    list: centreProcedure.output(z.array(closureSchema)).query(({ ctx, input }) => listClosures(ctx, input.centreId)),
    create: centreProcedure
      .input(centreClosureCreateSchema)
      .output(closureCreatedSchema)
      .mutation(({ ctx, input }) => createClosure(ctx, input)),
    /** Takes a closure off the calendar; sessions it cancelled stay cancelled. */
    remove: closureProcedure.output(closureRemovedSchema).mutation(({ ctx, input }) => removeClosure(ctx, input.closureId)),
  }),
});
