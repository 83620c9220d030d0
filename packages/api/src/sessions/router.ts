import { sessionSearchSchema } from "@hearth/domain";
import { z } from "zod";
import { publicSessionSchema } from "../bookings/session-view";
import { createTRPCRouter, rateLimitedProcedure } from "../trpc";
import { publicSessionById, searchSessions, sessionTypes, sessionTypeSchema } from "./find-sessions";

/** Finding open-access sessions: public, no sign-in, nothing personal in or out. */
export const sessionsRouter = createTRPCRouter({
  /** The menu (stay, play and learn; baby group; youth …) with the ages each is for. */
  types: rateLimitedProcedure("read")
    .output(z.array(sessionTypeSchema))
    .query(({ ctx }) => sessionTypes(ctx)),

  /** Sessions still to come, by centre or place (town, estate, centre name, postcode), dates, child's age and type, with places left. */
  search: rateLimitedProcedure("read")
    .input(sessionSearchSchema)
    .output(z.array(publicSessionSchema))
    .query(({ ctx, input }) => searchSessions(ctx, input)),

  /** One session, for the booking pages; cancelled and past sessions say so rather than vanish. */
  get: rateLimitedProcedure("read")
    .input(z.object({ sessionId: z.uuid({ error: "Choose a session" }) }))
    .output(publicSessionSchema)
    .query(({ ctx, input }) => publicSessionById(ctx, input.sessionId)),
});
