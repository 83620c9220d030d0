import { activeStaff, activeStaffOfArea, listCallerOrganisations, listLocalities } from "@hearth/db";
import { can, type ConsultationReference } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";

/**
 * What the call form needs before the first question: the MASH number (configured per council),
 * which levels the council's policy sends to a senior, the organisations LCSS keeps and the
 * localities; and the area's LCSS staff for the queue's worker filter. No family's data, so nothing
 * to audit.
 */
export async function consultationReference(ctx: ScopedContext): Promise<ConsultationReference> {
  const [organisations, localities, staff] = await Promise.all([
    listCallerOrganisations(ctx.db),
    listLocalities(ctx.db),
    ctx.scope.areaId ? activeStaffOfArea(ctx.db, ctx.scope.areaId) : activeStaff(ctx.db),
  ]);
  return {
    mash: ctx.config.lcss.mash,
    seniorConfirmationLevels: [...ctx.config.lcss.seniorConfirmationLevels],
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    localities: localities.map((l) => ({ id: l.id, name: l.name, areaId: l.areaId })),
    workers: staff
      .filter((s) => can(s.role, "consultations.write"))
      .map((s) => ({ id: s.id, name: s.displayName }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
