import { listOutcomeMeasurements, programmePlacesOfPerson } from "@hearth/db";
import { measureDirection, measureChange, scoreSdq, type SdqInformant } from "@hearth/domain";
import { z } from "zod";
import { schema } from "@hearth/db";
import type { ScopedContext } from "../families/family-view";
import { assertCanOpenPerson } from "../record-access/person-access";
import { audit } from "../trpc";

export const personOutcomesOutputSchema = z.object({
  personId: z.string(),
  /** The programme places of the person's families, for a before or after measure to belong to. */
  places: z.array(z.object({ enrolmentId: z.string(), programmeName: z.string(), startsOn: z.string() })),
  series: z.array(
    z.object({
      /** One line on the chart: a measure, and for the SDQ who completed it, for the Star which Star. */
      key: z.string(),
      measure: z.enum(schema.outcomeMeasure.enumValues),
      label: z.string(),
      higherIsBetter: z.boolean(),
      readings: z.array(
        z.object({
          id: z.string(),
          takenOn: z.string(),
          point: z.enum(schema.measurementPoint.enumValues),
          total: z.number().nullable(),
          /** SDQ only: the five subscale scores. */
          subscales: z.record(z.string(), z.number().nullable()).nullable(),
        }),
      ),
      /** First to latest reading with a total; null with fewer than two. */
      change: z
        .object({ before: z.number(), after: z.number(), change: z.number(), direction: z.enum(["improved", "no_change", "worsened"]) })
        .nullable(),
    }),
  ),
});

const informantLabel: Record<SdqInformant, string> = { parent: "parent", teacher: "teacher", self: "self-report" };

/** A person's outcome measures over time, one series per measure (and SDQ informant), for the chart and its table. */
export async function personOutcomes(ctx: ScopedContext, personId: string) {
  await assertCanOpenPerson(ctx, personId, "outcomeMeasures.ofPerson");
  return ctx.db.transaction(async (tx) => {
    const rows = await listOutcomeMeasurements(tx, { personId });
    const series = new Map<string, z.infer<typeof personOutcomesOutputSchema>["series"][number]>();
    for (const row of rows) {
      const key = row.measure === "sdq" ? `sdq:${row.informant}` : row.measure === "outcomes_star" ? `star:${row.star}` : "wemwbs";
      const label =
        row.measure === "sdq"
          ? `SDQ total difficulties (${informantLabel[row.informant!]})`
          : row.measure === "wemwbs"
            ? "WEMWBS"
            : `${row.star} total`;
      const line = series.get(key) ?? {
        key,
        measure: row.measure,
        label,
        higherIsBetter: measureDirection[row.measure].higherIsBetter,
        readings: [],
        change: null,
      };
      const subscales =
        row.measure === "sdq" ? scoreSdq({ answers: row.itemScores as (number | null)[], informant: row.informant! }).subscales : null;
      line.readings.push({ id: row.id, takenOn: row.takenOn, point: row.point, total: row.total, subscales });
      series.set(key, line);
    }
    for (const line of series.values()) {
      const scored = line.readings.filter((r) => r.total !== null);
      if (scored.length >= 2) {
        const { change, direction, before, after } = measureChange(scored[0]!.total!, scored.at(-1)!.total!, { higherIsBetter: line.higherIsBetter });
        line.change = { before, after, change, direction };
      }
    }
    const places = await programmePlacesOfPerson(tx, personId);
    await audit(ctx, tx, { action: "outcome_measurement.read", entityType: "person", entityId: personId, detail: { measurements: rows.length } });
    return { personId, places, series: [...series.values()] };
  });
}
