import { referralsOfRun } from "@hearth/db";
import type { ScopedContext } from "../families/family-view";
import { hiddenFromReader, shownPerson } from "../record-access/restricted-in-lists";
import { auditAll } from "../trpc";
import { withRunInScope } from "./scope";
import { measuresOf, runState } from "./run-state";

const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();

/**
 * A run's page: its sessions, who is enrolled (with attendance against the completion rule), who
 * was referred and the waiting list in order, and its completion and change figures. Every family
 * named is audited in one INSERT; a restricted child shows only as whom to contact.
 */
export function readRun(ctx: ScopedContext, runId: string, sessionDate?: string) {
  return withRunInScope(ctx, runId, "programmeRuns.get", async (tx, run) => {
    const state = await runState(tx, run);
    const referrals = await referralsOfRun(tx, run.id);
    const hidden = await hiddenFromReader(ctx, tx, [...state.rows.map((r) => r.enrolment.personId), ...referrals.map((r) => r.personId)]);
    let position = 0;
    const detail = {
      id: run.id,
      programme: { ...run.programme, outcomeMeasures: measuresOf(run) },
      venue: run.centreId
        ? { kind: run.centreKind ?? "centre", name: run.centreName ?? "", postcode: null }
        : { kind: "outreach" as const, name: run.venueName ?? "", postcode: run.venuePostcode },
      schedule: run.schedule,
      sessionDates: run.sessionDates,
      facilitators: run.facilitators,
      capacity: run.capacity,
      status: run.status,
      enrolments: state.rows.map((r) => {
        const shown = shownPerson(r.enrolment, hidden);
        return {
          enrolmentId: r.enrolment.id,
          familyId: r.enrolment.familyId,
          personId: r.enrolment.personId,
          name: nameOf(shown),
          restricted: shown.restricted,
          status: r.enrolment.status,
          attended: r.summary.attended,
          needed: r.summary.needed,
          completed: r.summary.completed,
          missedTwoInARow: r.missedTwoInARow,
          mark: sessionDate ? (r.marks.find((m) => m.sessionDate === sessionDate)?.status ?? null) : null,
        };
      }),
      referrals: referrals.map((r) => {
        const shown = shownPerson(r, hidden);
        return {
          id: r.id,
          familyId: r.familyId,
          personId: r.personId,
          name: nameOf(shown),
          restricted: shown.restricted,
          source: r.source,
          status: r.status,
          referredAt: r.referredAt,
          position: r.status === "waiting" ? ++position : null,
        };
      }),
      figures: state.figures,
    };
    const familyIds = [...new Set([...detail.enrolments.map((e) => e.familyId), ...detail.referrals.map((r) => r.familyId)])];
    await auditAll(ctx, tx, [
      { action: "programme_run.read", entityType: "programme_run", entityId: run.id, detail: { familyIds } },
      ...familyIds.map((familyId) => ({ action: "programme_run.read", entityType: "family", entityId: familyId, detail: { runId: run.id } })),
    ]);
    return detail;
  });
}
