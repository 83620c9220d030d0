import { schema } from "@hearth/db";
import { z } from "zod";

/** A family FSS stepped down at a case's closure, as LCSS's queue shows it, with FSS's closing note. */
export const stepDownListResultSchema = z.object({
  stepDowns: z.array(
    z.object({
      caseId: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      closedAt: z.string(),
      closedByName: z.string().nullable(),
      closeReason: z.string(),
      closeSummary: z.string(),
      outcome: z.enum(schema.fssCaseOutcome.enumValues).nullable(),
    }),
  ),
});

export const stepDownPickedUpSchema = z.object({ caseId: z.string(), pickedUpAt: z.string() });
