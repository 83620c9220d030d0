import { dashboardFiltersSchema, dashboardSectionSchema } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { caseworkFigures } from "./casework";
import { neetDashboardFigures } from "./neet";
import { programmeDashboardFigures } from "./programmes";
import { reachDashboardFigures } from "./reach";
import { referralFigures } from "./referrals";

/**
 * Dashboards for managers and the council (issue 15 §2): one procedure per part of the page, each
 * scoped on the server (dashboard-scope.ts) and with the small-number rule applied before the
 * figures leave. Counts only, never a person: nothing here reads a person's record, so nothing is
 * audited; the lists the figures come from audit what they show when they are opened.
 */
const dashboardProcedure = roleProcedure("dashboards.read").input(dashboardFiltersSchema).output(dashboardSectionSchema);

export const dashboardsRouter = createTRPCRouter({
  referrals: dashboardProcedure.query(({ ctx, input }) => referralFigures(ctx, input)),
  casework: dashboardProcedure.query(({ ctx, input }) => caseworkFigures(ctx, input)),
  programmes: dashboardProcedure.query(({ ctx, input }) => programmeDashboardFigures(ctx, input)),
  reach: dashboardProcedure.query(({ ctx, input }) => reachDashboardFigures(ctx, input)),
  neet: dashboardProcedure.query(({ ctx, input }) => neetDashboardFigures(ctx, input)),
});
