import { z } from "zod";
import type { DashboardValue } from "./small-numbers";

/**
 * What a dashboard figure is on the wire: a titled list of labelled values, each one a count of
 * people, a percentage or a rate per 10,000 children. One shape for every figure, so each is drawn
 * as the same chart, table and CSV. Counts only: a dashboard never names anyone.
 */
export const dashboardUnits = ["people", "percent", "per10000"] as const;
export type DashboardUnit = (typeof dashboardUnits)[number];

export const dashboardValueSchema = z.object({
  label: z.string(),
  value: z.number().min(0).nullable(),
  /** True when the value is "fewer than 5" (the small-number rule); the number itself is not sent. */
  suppressed: z.boolean(),
});

export const dashboardFigureSchema = z.object({
  /** Stable, for the CSV's file name and the page's anchors. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  labelHeader: z.string(),
  valueHeader: z.string(),
  unit: z.enum(dashboardUnits),
  rows: z.array(dashboardValueSchema),
});
export type DashboardFigure = z.infer<typeof dashboardFigureSchema>;

/** One procedure's answer: the scope and period its figures cover, then the figures. */
export const dashboardSectionSchema = z.object({
  /** The area the figures cover; null for the county. */
  areaName: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  /** Whether small numbers were suppressed for this reader. */
  smallNumbersSuppressed: z.boolean(),
  figures: z.array(dashboardFigureSchema),
});
export type DashboardSection = z.infer<typeof dashboardSectionSchema>;

export function dashboardFigure(
  id: string,
  title: string,
  labelHeader: string,
  valueHeader: string,
  rows: DashboardValue[],
  unit: DashboardUnit = "people",
): DashboardFigure {
  return { id, title, labelHeader, valueHeader, unit, rows };
}

/** A value as a person reads it: "fewer than 5", "No data", "12", "12.5%", "34.2 per 10,000". */
export function formatDashboardValue(row: Pick<DashboardValue, "value" | "suppressed">, unit: DashboardUnit): string {
  if (row.suppressed) return "fewer than 5";
  if (row.value === null) return "No data";
  const n = row.value.toLocaleString("en-GB");
  return unit === "percent" ? `${n}%` : unit === "per10000" ? `${n} per 10,000` : n;
}

/** The figure as CSV rows: suppressed values are written as the words, never as a number. */
export function dashboardFigureCsvRows(figure: DashboardFigure): (string | number)[][] {
  return [
    [figure.labelHeader, figure.valueHeader],
    ...figure.rows.map((r) => [r.label, r.suppressed ? "fewer than 5" : r.value === null ? "" : r.value]),
  ];
}
