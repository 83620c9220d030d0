import { centreOfBooking, centreOfClosure, centreOfSeries, centreOfSession } from "@hearth/db";
import { centreResourceProcedure } from "../trpc";

/**
 * Staff procedures that name a session, a series, a booking or a closure rather than a centre: each loads the
 * centre it belongs to and applies the centre rule before the handler runs.
 */
export const sessionProcedure = centreResourceProcedure("centreSessions.manage", {
  key: "sessionId",
  entityType: "open_access_session",
  message: "Unknown session",
  centreOf: centreOfSession,
});

export const seriesProcedure = centreResourceProcedure("centreSessions.manage", {
  key: "seriesId",
  entityType: "session_series",
  message: "Unknown series",
  centreOf: centreOfSeries,
});

export const staffBookingProcedure = centreResourceProcedure("centreSessions.manage", {
  key: "bookingId",
  entityType: "booking",
  message: "Unknown booking",
  centreOf: centreOfBooking,
});

export const closureProcedure = centreResourceProcedure("centreSessions.manage", {
  key: "closureId",
  entityType: "centre_closure",
  message: "Unknown closure",
  centreOf: centreOfClosure,
});
