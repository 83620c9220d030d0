import { recordNeetActivity } from "@hearth/db";
import { londonDateOf, neetActivityProblems, neetStatus, type NeetActivityRecord } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { assertCanOpenPerson } from "../record-access/person-access";
import { audit, fieldErrors } from "../trpc";

/**
 * Records a young person's activity, or confirms it again: always a new row, so the history keeps
 * what was known before. Problems only the person's record shows (their 16th birthday) are
 * reported beside the field, like the schema's own.
 */
export async function recordNeetActivityFor(ctx: ScopedContext, input: NeetActivityRecord) {
  const person = await assertCanOpenPerson(ctx, input.personId, "neet.recordActivity");
  const today = londonDateOf(ctx.now());
  const problems = neetActivityProblems(input, person, today);
  if (problems.length > 0) throw fieldErrors(problems);
  return ctx.db.transaction(async (tx) => {
    const row = await recordNeetActivity(tx, {
      personId: input.personId,
      activityCode: input.activityCode,
      startDate: input.startDate,
      expectedEndDate: input.expectedEndDate ?? null,
      lastConfirmedOn: input.lastConfirmedOn,
      source: input.source,
      characteristics: input.characteristics ?? [],
      intendedDestinationCode: input.intendedDestinationCode ?? null,
      septemberGuaranteeYear11: input.septemberGuaranteeYear11 ?? null,
      septemberGuaranteeYear12: input.septemberGuaranteeYear12 ?? null,
      recordedBy: ctx.staff.id,
      // The request's clock, so the figures' month-end cut and the history agree with "today".
      recordedAt: ctx.now(),
    });
    await audit(ctx, tx, {
      action: "neet.recordActivity",
      entityType: "person",
      entityId: input.personId,
      detail: { activityId: row.id, activityCode: row.activityCode },
    });
    return {
      id: row.id,
      status: neetStatus({ code: row.activityCode, lastConfirmedOn: row.lastConfirmedOn }, today, ctx.config.neet.currencyPeriods),
    };
  });
}
