import { adviceRequestsRouter } from "./advice-requests/router";
import { casesRouter } from "./cases/router";
import { episodesRouter } from "./episodes/router";
import { chronologyRouter } from "./chronology/router";
import { consultationsRouter } from "./consultations/router";
import { assessmentsRouter } from "./assessments/router";
import { tafRouter } from "./taf/router";
import { directoryRouter } from "./directory/router";
import { fssHomeRouter } from "./fss-home/router";
import { lcssHomeRouter } from "./lcss-home/router";
import { requestsForServiceRouter } from "./requests-for-service/router";
import { allocationMeetingsRouter } from "./allocation-meetings/router";
import { draftsRouter } from "./drafts/router";
import { authRouter } from "./auth/router";
import { bookingsRouter } from "./bookings/router";
import { centreSessionsRouter } from "./centre-sessions/router";
import { familiesRouter } from "./families/router";
import { familyMatchesRouter } from "./family-matches/router";
import { myWorkRouter } from "./my-work/router";
import { notificationsRouter } from "./notifications/router";
import { peopleRouter } from "./people/router";
import { referenceRouter } from "./reference/router";
import { programmesRouter } from "./programmes/router";
import { programmeRunsRouter } from "./programme-runs/router";
import { outcomeMeasuresRouter } from "./outcome-measures/router";
import { sessionsRouter } from "./sessions/router";
import { thresholdsRouter } from "./thresholds/router";
import { recordAccessRouter, restrictionsRouter } from "./record-access/router";
import { returnsRouter } from "./returns/router";
import { staffRouter } from "./staff/router";
import { recordsRouter } from "./records/router";
import { neetRouter } from "./neet/router";
import { dashboardsRouter } from "./dashboards/router";
import { stepDownsRouter } from "./step-downs/router";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  reference: referenceRouter,
  people: peopleRouter,
  families: familiesRouter,
  chronology: chronologyRouter,
  cases: casesRouter,
  episodes: episodesRouter,
  consultations: consultationsRouter,
  assessments: assessmentsRouter,
  taf: tafRouter,
  directory: directoryRouter,
  fssHome: fssHomeRouter,
  lcssHome: lcssHomeRouter,
  requestsForService: requestsForServiceRouter,
  allocationMeetings: allocationMeetingsRouter,
  stepDowns: stepDownsRouter,
  adviceRequests: adviceRequestsRouter,
  familyMatches: familyMatchesRouter,
  myWork: myWorkRouter,
  sessions: sessionsRouter,
  bookings: bookingsRouter,
  centreSessions: centreSessionsRouter,
  notifications: notificationsRouter,
  thresholds: thresholdsRouter,
  programmes: programmesRouter,
  programmeRuns: programmeRunsRouter,
  outcomeMeasures: outcomeMeasuresRouter,
  recordAccess: recordAccessRouter,
  restrictions: restrictionsRouter,
  drafts: draftsRouter,
  returns: returnsRouter,
  staff: staffRouter,
  records: recordsRouter,
  neet: neetRouter,
  dashboards: dashboardsRouter,
});

export type AppRouter = typeof appRouter;
