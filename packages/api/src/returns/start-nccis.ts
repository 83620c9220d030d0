import { formatDate, londonDateOf, nccisReferenceDate, type NccisReturnStart } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { fieldError } from "../trpc";
import { startReturnRun } from "./start-return-run";

/** Starts the NCCIS return for a month that has begun: its reference date is the month's last day. */
export function startNccis(ctx: ScopedContext, input: NccisReturnStart) {
  if (`${input.month}-01` > londonDateOf(ctx.now())) throw fieldError("month", "The month has not started yet: choose this month or an earlier one");
  const referenceDate = nccisReferenceDate(input.month);
  return startReturnRun(ctx, {
    kind: "nccis",
    job: "returns.nccis",
    collectionYear: Number(input.month.slice(0, 4)),
    referenceDate,
    field: "month",
    alreadyRunning: `The NCCIS return for ${formatDate(referenceDate)} is already being built: wait for it to finish before starting another`,
  });
}
