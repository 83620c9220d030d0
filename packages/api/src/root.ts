import { chronologyRouter } from "./chronology/router";
import { consultationsRouter } from "./consultations/router";
import { draftsRouter } from "./drafts/router";
import { authRouter } from "./routers/auth";
import { bookingsRouter } from "./routers/bookings";
import { centreSessionsRouter } from "./routers/centre-sessions";
import { familiesRouter } from "./routers/families";
import { familyMatchesRouter } from "./routers/family-matches";
import { myWorkRouter } from "./my-work/router";
import { notificationsRouter } from "./routers/notifications";
import { peopleRouter } from "./routers/people";
import { referenceRouter } from "./routers/reference";
import { programmesRouter } from "./routers/programmes";
import { sessionsRouter } from "./routers/sessions";
import { thresholdsRouter } from "./routers/thresholds";
import { recordAccessRouter, restrictionsRouter } from "./record-access/router";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  reference: referenceRouter,
  people: peopleRouter,
  families: familiesRouter,
  chronology: chronologyRouter,
  consultations: consultationsRouter,
  familyMatches: familyMatchesRouter,
  myWork: myWorkRouter,
  sessions: sessionsRouter,
  bookings: bookingsRouter,
  centreSessions: centreSessionsRouter,
  notifications: notificationsRouter,
  thresholds: thresholdsRouter,
  programmes: programmesRouter,
  recordAccess: recordAccessRouter,
  restrictions: restrictionsRouter,
  drafts: draftsRouter,
});

export type AppRouter = typeof appRouter;
