import { neetCohort } from "@hearth/db";
import { canSeeArea, isCountyWide, londonDateOf, neetActivityLabel, type NeetActivityGroup, type NeetChaseList } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { hiddenFromReader, shownPerson } from "../record-access/restricted-in-lists";
import { auditAll, denied } from "../trpc";

const PAGE_SIZE = 50;

/**
 * The cohort, or its young people whose activity is not known (the chase list), by area, the
 * longest unconfirmed first. Every young person shown is audited, one row each.
 */
export async function neetChaseList(ctx: ScopedContext, input: NeetChaseList) {
  if (input.areaId && !canSeeArea(ctx.scope, input.areaId))
    throw await denied(ctx, {
      action: "neet.chaseList",
      entityType: "area",
      entityId: input.areaId,
      code: "FORBIDDEN",
      detail: { reason: "out of area" },
    });
  const today = londonDateOf(ctx.now());
  // Every role that reads the cohort is county-wide today; an area role would see only its own area.
  const areaId = input.areaId ?? (isCountyWide(ctx.staff.role) ? undefined : (ctx.scope.areaId ?? undefined));
  return ctx.db.transaction(async (tx) => {
    const rows = await neetCohort(tx, {
      today,
      periods: ctx.config.neet.currencyPeriods,
      areaId,
      onlyNotKnown: input.show === "not_known",
      limit: PAGE_SIZE,
      offset: (input.page - 1) * PAGE_SIZE,
    });
    const hidden = await hiddenFromReader(
      ctx,
      tx,
      rows.map((r) => r.personId),
    );
    await auditAll(
      ctx,
      tx,
      rows.map((r) => ({ action: "neet.chaseList", entityType: "person", entityId: r.personId })),
    );
    const entries = rows.map((r) => {
      const shown = shownPerson(r, hidden);
      return {
        personId: r.personId,
        name: shown.restricted ? shown.firstName : `${r.firstName} ${r.lastName}`,
        dateOfBirth: shown.dateOfBirth,
        restricted: shown.restricted,
        areaName: r.areaName,
        activityCode: shown.restricted ? null : r.activityCode,
        activityLabel: shown.restricted || !r.activityCode ? null : neetActivityLabel(r.activityCode),
        lastConfirmedOn: shown.restricted ? null : r.lastConfirmedOn,
        status: r.status as NeetActivityGroup,
      };
    });
    return { entries, total: rows[0]?.total ?? 0, page: input.page, pageSize: PAGE_SIZE, today };
  });
}
