import { dashboardPlaces, type DashboardScope } from "@hearth/db";
import { dashboardPeriod, isCountyWide, londonDateOf, suppressesSmallNumbers, type DashboardFilters } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../context";
import { denied } from "../trpc";

export interface ResolvedDashboardScope extends DashboardScope {
  areaName: string | null;
  /** Whether the small-number rule applies to this reader (see small-numbers.ts in the domain). */
  suppress: boolean;
  today: string;
}

/** Another area's (or an unknown) place, answered as not found and audited as a refusal, as for a record. */
const notFound = (ctx: ScopedContext, what: "area" | "locality" | "centre", id: string) =>
  denied(ctx, { action: "dashboards.read", entityType: what, entityId: id, code: "NOT_FOUND", message: `No ${what} was found` });

/**
 * What a dashboard may count for the caller, decided here on the server whatever the page asked:
 * a manager who belongs to an area gets that area, and asking for another area (or a locality or
 * centre in one) is answered NOT_FOUND, as another area's record is, rather than quietly shown
 * their own figures under a heading that names another area. The data officer and administrators
 * see the county, or the area, locality or centre they choose.
 */
export async function dashboardScopeFor(ctx: ScopedContext, filters: DashboardFilters): Promise<ResolvedDashboardScope> {
  const countyWide = isCountyWide(ctx.scope.role);
  // Deny by default: a manager in no area has no figures to see.
  if (!countyWide && !ctx.scope.areaId) throw new TRPCError({ code: "FORBIDDEN", message: "You are not in an area" });
  if (!countyWide && filters.areaId && filters.areaId !== ctx.scope.areaId) throw await notFound(ctx, "area", filters.areaId);
  const areaId = countyWide ? (filters.areaId ?? null) : ctx.scope.areaId;
  const localityId = filters.localityId ?? null;
  const centreId = filters.centreId ?? null;
  const places = await dashboardPlaces(ctx.db, { areaId, localityId, centreId });
  if (areaId && !places.areaName) throw await notFound(ctx, "area", areaId);
  if (localityId && (!places.localityAreaId || (areaId && places.localityAreaId !== areaId))) throw await notFound(ctx, "locality", localityId);
  if (centreId && (!places.centreAreaId || (areaId && places.centreAreaId !== areaId))) throw await notFound(ctx, "centre", centreId);
  const today = londonDateOf(ctx.now());
  return {
    ...dashboardPeriod(filters, today),
    areaId,
    localityId,
    centreId,
    areaName: places.areaName,
    suppress: suppressesSmallNumbers(ctx.scope.role),
    today,
  };
}

/** The heading part of every dashboard answer. */
export function sectionHeader(scope: ResolvedDashboardScope) {
  return { areaName: scope.areaName, from: scope.from, to: scope.to, smallNumbersSuppressed: scope.suppress };
}
