import { z } from "zod";
import { isoDateSchema, type IsoDate } from "../calendar/iso-date";

/**
 * A period a child is looked after, with the legal status it began under (the SSDA903 codes the
 * looked-after return uses). Not part of the CIN census, but recorded beside the child's episodes
 * so the worker sees the child's whole statutory history in one place.
 */
export const legalStatusLabels = {
  C1: "Interim care order",
  C2: "Full care order",
  D1: "Freeing order granted",
  E1: "Placement order granted",
  J1: "Remanded to local authority or youth detention accommodation",
  J2: "Placed in local authority accommodation under PACE",
  J3: "Sentenced to a youth rehabilitation order with residence or fostering requirement",
  L1: "Under police protection and in local authority accommodation",
  L2: "Emergency protection order",
  L3: "Under a child assessment order and in local authority accommodation",
  V2: "Single period of accommodation under section 20",
  V3: "Accommodated under an agreed series of short breaks (individual agreements)",
  V4: "Accommodated under an agreed series of short breaks (one agreement)",
} as const;
export type LegalStatus = keyof typeof legalStatusLabels;
export const legalStatuses = Object.keys(legalStatusLabels) as LegalStatus[];
export const legalStatusSchema = z.enum(legalStatuses as [LegalStatus, ...LegalStatus[]], { error: "Choose the legal status" });

export const lookedAfterPeriodRecordSchema = z
  .object({ legalStatus: legalStatusSchema, startDate: isoDateSchema, endDate: isoDateSchema.optional() })
  .refine((p) => !p.endDate || p.endDate >= p.startDate, {
    message: "The period cannot end before the day it starts",
    path: ["endDate"],
  });
export type LookedAfterPeriodRecord = z.infer<typeof lookedAfterPeriodRecordSchema>;

/**
 * Whether a period would overlap one of the child's others: a child is looked after once at a
 * time. A new period may start the day the last one ended (a change of legal status); an open
 * period runs on indefinitely.
 */
export function overlapsLookedAfterPeriod(
  period: { startDate: IsoDate; endDate?: IsoDate | null },
  others: readonly { startDate: IsoDate; endDate?: IsoDate | null }[],
): boolean {
  const end = period.endDate ?? "9999-12-31";
  return others.some((o) => o.startDate === period.startDate || (period.startDate < (o.endDate ?? "9999-12-31") && o.startDate < end));
}
