import { loadProgrammeRun, type Db, type LoadedProgrammeRun } from "@hearth/db";
import type { ScopedContext } from "../families/family-view";
import { withRecordInScope } from "../scope";

/**
 * A run belongs to its area (the centre's, or the one chosen for an outreach venue): reached only
 * through here, so another area's run is answered exactly like an unknown one, and the refusal
 * audited. County-wide roles see every run.
 */
export function withRunInScope<T>(ctx: ScopedContext, runId: string, action: string, work: (tx: Db, run: LoadedProgrammeRun) => Promise<T>) {
  return withRecordInScope(ctx, { action, entityType: "programme_run", entityId: runId }, (tx) => loadProgrammeRun(tx, runId), work);
}

/** The domain's view of a run: its schedule as the domain parsed it, and its status. */
export function runForRules(run: LoadedProgrammeRun) {
  return { id: run.id, schedule: run.schedule, capacity: run.capacity, status: run.status };
}
