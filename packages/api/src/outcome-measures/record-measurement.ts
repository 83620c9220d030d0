import { enrolmentWithFamily, insertOutcomesStarReading, insertSdqMeasurement, insertWemwbsMeasurement, measurementsOnEnrolment } from "@hearth/db";
import { londonDateOf, measurementTimingProblem, type OutcomeMeasurementRecord } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { assertCanOpenPerson } from "../record-access/person-access";
import { audit, fieldError } from "../trpc";

export const personOfMeasurement = (input: OutcomeMeasurementRecord) => (input.measure === "sdq" ? input.childId : input.personId);

/**
 * Records an SDQ, WEMWBS or Outcomes Star entered item by item; the domain scored and checked it
 * (ranges, half-filled, the Star's areas) in the input schema. A "before" or "after" belongs to an
 * enrolment of the person's family and is checked against the other of the pair, under a lock.
 */
export async function recordMeasurement(ctx: ScopedContext, input: OutcomeMeasurementRecord) {
  const personId = personOfMeasurement(input);
  await assertCanOpenPerson(ctx, personId, "outcomeMeasures.record");
  if (input.point !== "review" && !input.enrolmentId)
    throw fieldError("enrolmentId", "A before or after measure belongs to a programme place: choose it");
  return ctx.db.transaction(async (tx) => {
    const today = londonDateOf(ctx.now());
    if (input.enrolmentId) {
      const enrolment = await enrolmentWithFamily(tx, input.enrolmentId);
      if (!enrolment || !enrolment.memberIds.includes(personId)) throw fieldError("enrolmentId", "Choose a programme place of this person’s family");
      const earlier = await measurementsOnEnrolment(tx, { enrolmentId: enrolment.id, personId, measure: input.measure });
      const problem = measurementTimingProblem({ point: input.point, takenOn: input.takenOn }, earlier, today);
      if (problem) throw fieldError("takenOn", problem);
    } else if (input.takenOn > today) throw fieldError("takenOn", "The date taken must be today or in the past");
    const link = { enrolmentId: input.enrolmentId ?? null, recordedBy: ctx.staff.id, point: input.point };
    const row =
      input.measure === "sdq"
        ? await insertSdqMeasurement(tx, { measurement: input, ...link })
        : input.measure === "wemwbs"
          ? await insertWemwbsMeasurement(tx, { measurement: input, ...link })
          : await insertOutcomesStarReading(tx, { reading: input, ...link });
    await audit(ctx, tx, {
      action: "outcome_measurement.create",
      entityType: "person",
      entityId: personId,
      detail: { measurementId: row.id, measure: input.measure, point: input.point, enrolmentId: input.enrolmentId ?? null },
    });
    return { id: row.id, measure: row.measure, total: row.total };
  });
}
