import {
  centreClosuresBetween,
  getCentre,
  getProgramme,
  insertProgrammeRun,
  listProgrammeRuns,
  programmeFacilitators,
  setProgrammeRunStatus,
} from "@hearth/db";
import {
  addDays,
  canSeeArea,
  isCountyWide,
  londonDateOf,
  meetsEvidenceBar,
  programmeRunSessions,
  type EvidenceRating,
  type ProgrammeRunCreate,
  type ProgrammeRunStatusChange,
} from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit, fieldError } from "../trpc";
import { withRunInScope } from "./scope";

/** Where a run is and whose it is: a centre's run is its area's; an outreach run is the chosen (or the caller's) area's. */
async function venueAndArea(ctx: ScopedContext, input: ProgrammeRunCreate) {
  if ("centreId" in input.venue) {
    const centre = await getCentre(ctx.db, input.venue.centreId);
    if (!centre || !canSeeArea(ctx.scope, centre.areaId)) throw fieldError("venue.centreId", "Choose a centre in your area");
    return { areaId: centre.areaId, centreId: centre.id };
  }
  const areaId = input.areaId ?? (isCountyWide(ctx.staff.role) ? null : ctx.scope.areaId);
  if (!areaId) throw fieldError("areaId", "Choose the area the outreach run belongs to");
  if (!canSeeArea(ctx.scope, areaId)) throw fieldError("areaId", "Choose your own area");
  return { areaId, centreId: null };
}

/**
 * Puts a run on: its sessions are dated now by the recurring schedule the centre sessions use,
 * skipping bank holidays and (at a centre) the centre's closures, so the register and the
 * reminders use the same dates. Only programmes meeting the evidence bar are run.
 */
export async function putOnRun(ctx: ScopedContext, input: ProgrammeRunCreate) {
  const programme = await getProgramme(ctx.db, input.programmeId);
  if (!programme || !programme.active) throw fieldError("programmeId", "Choose a programme from the catalogue");
  if (!meetsEvidenceBar(programme.evidenceRating as EvidenceRating))
    throw fieldError("programmeId", `${programme.name} does not meet the evidence bar FSS runs programmes at`);
  if (input.schedule.startsOn < londonDateOf(ctx.now())) throw fieldError("schedule.startsOn", "The first session must be today or later");
  const { areaId, centreId } = await venueAndArea(ctx, input);
  // A facilitator on the staff must be one who can run it here, so the run shows in their My work.
  const facilitatorIds = new Set((await programmeFacilitators(ctx.db, { areaIds: [areaId] })).map((s) => s.id));
  const unknown = input.facilitators.findIndex((f) => f.staffId !== undefined && !facilitatorIds.has(f.staffId));
  if (unknown >= 0) throw fieldError(`facilitators.${unknown}.staffId`, "Choose a member of staff in the run’s area");
  const closures = centreId
    ? await centreClosuresBetween(ctx.db, { centreId, from: input.schedule.startsOn, to: addDays(input.schedule.startsOn, 366 * 2) })
    : [];
  let sessionDates: string[];
  try {
    sessionDates = programmeRunSessions(input, programme, { closures }).map((s) => s.date);
  } catch {
    throw fieldError("schedule.startsOn", "Too many weeks are closed to fit the programme’s sessions: choose another start");
  }
  return ctx.db.transaction(async (tx) => {
    const run = await insertProgrammeRun(tx, { run: input, createdBy: ctx.staff.id, areaId, sessionDates });
    await audit(ctx, tx, {
      action: "programme_run.create",
      entityType: "programme_run",
      entityId: run.id,
      detail: { programmeId: programme.id, sessions: sessionDates.length },
    });
    return { id: run.id, sessionDates };
  });
}

export function changeRunStatus(ctx: ScopedContext, input: ProgrammeRunStatusChange) {
  return withRunInScope(ctx, input.runId, "programmeRuns.setStatus", async (tx, run) => {
    if (run.status === "finished" || run.status === "cancelled") throw fieldError("status", `This run is ${run.status}: its status cannot change`);
    await setProgrammeRunStatus(tx, { runId: run.id, status: input.status });
    await audit(ctx, tx, {
      action: "programme_run.status",
      entityType: "programme_run",
      entityId: run.id,
      detail: { from: run.status, to: input.status },
    });
    return { id: run.id, status: input.status };
  });
}

/** The runs in the caller's area (every run for county-wide roles); counts only, no names. */
export function listRuns(ctx: ScopedContext, input: { programmeId?: string | undefined }) {
  const areaIds = isCountyWide(ctx.staff.role) ? null : ctx.scope.areaId ? [ctx.scope.areaId] : [];
  return listProgrammeRuns(ctx.db, { areaIds, programmeId: input.programmeId });
}

/** The caller's area's runs that are planned or running: those a family can still be referred to. */
export async function listRunsOpenForReferral(ctx: ScopedContext) {
  return (await listRuns(ctx, {})).filter((run) => run.status === "planned" || run.status === "running");
}

/** The staff a manager may choose as facilitators: FSS practitioners and centre staff in their area. */
export function listFacilitators(ctx: ScopedContext) {
  const areaIds = isCountyWide(ctx.staff.role) ? null : ctx.scope.areaId ? [ctx.scope.areaId] : [];
  return programmeFacilitators(ctx.db, { areaIds });
}
