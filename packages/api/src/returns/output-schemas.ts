import { statutoryReturnStatuses } from "@hearth/domain";
import { z } from "zod";

/** One run of a return as the Statutory returns page lists it: figures only, nobody's record. */
export const statutoryReturnSchema = z.object({
  id: z.string(),
  collectionYear: z.number(),
  referenceDate: z.string(),
  serialNo: z.number(),
  status: z.enum(statutoryReturnStatuses),
  startedAt: z.date(),
  completedAt: z.date().nullable(),
  startedByName: z.string(),
  childrenInScope: z.number().nullable(),
  childrenDone: z.number(),
  errorCount: z.number().nullable(),
  queryCount: z.number().nullable(),
  /** Findings per rule, errors first: the report's totals. */
  totalsByRule: z.array(z.object({ code: z.string(), severity: z.enum(["error", "query"]), count: z.number() })),
  failureReason: z.string().nullable(),
  /** Where the file and report download from (the API's HTTP routes), once complete. */
  fileUrl: z.string().nullable(),
  reportUrl: z.string().nullable(),
  /** The spreadsheet of the records sent (the NCCIS return only). */
  recordsUrl: z.string().nullable(),
  fileBytes: z.number().nullable(),
});
export type StatutoryReturnView = z.infer<typeof statutoryReturnSchema>;

export const statutoryReturnListSchema = z.object({ returns: z.array(statutoryReturnSchema) });
export const statutoryReturnStartedSchema = z.object({ id: z.string() });
