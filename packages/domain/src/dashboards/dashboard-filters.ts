import { z } from "zod";
import { addDays, addMonths, isoDateSchema, type IsoDate } from "../calendar/iso-date";

/** A dashboard covers at most 5 years: beyond that the services and their recording have changed. */
export const DASHBOARD_MAX_YEARS = 5;

/**
 * The dashboard's filters (issue 15 §2): the period (entered as UK dates, sent as ISO dates), and
 * optionally an area, a locality or a centre. Ids only, so the filters can sit in the page's
 * address without saying anything about a person. Without a period, the last 12 months.
 */
export const dashboardFiltersSchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    areaId: z.uuid({ error: "Choose an area from the list" }).optional(),
    localityId: z.uuid({ error: "Choose a locality from the list" }).optional(),
    centreId: z.uuid({ error: "Choose a centre from the list" }).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.from > f.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: "The end of the period must be on or after its start" });
    else if (f.from && f.to && addMonths(f.from, 12 * DASHBOARD_MAX_YEARS) <= f.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: `The period must be ${DASHBOARD_MAX_YEARS} years or shorter` });
  });
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

/** The period a dashboard covers: the one asked for, or the 12 months to today. */
export function dashboardPeriod(filters: Pick<DashboardFilters, "from" | "to">, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const to = filters.to ?? today;
  return { from: filters.from ?? addDays(addMonths(to, -12), 1), to };
}
