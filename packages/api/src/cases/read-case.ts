import { caseChildrenWithLastSeen, caseloadOf, casePlanOf, caseVisitsOf, familyOfCase, getFssCase, lastReviewOn } from "@hearth/db";
import {
  can,
  canSeeArea,
  earliest,
  londonDateOf,
  nextCaseReviewDue,
  nextVisitDue,
  workItemStatus,
  type CaseloadList,
  type VisitCadence,
} from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { openFamilyRecord } from "../families/open-record";
import { audit } from "../trpc";
import { mayChangeCase, unknownCase } from "./case-scope";
import { possibleKeyWorkers } from "./open-case";

type ChildRow = Awaited<ReturnType<typeof caseChildrenWithLastSeen>>[number];

function withNextVisit(child: ChildRow, openedOn: string, cadence: VisitCadence, today: string) {
  const due = nextVisitDue(child.category, child.lastSeenOn, openedOn, cadence);
  return { ...child, nextVisitDue: due, visitStatus: due ? workItemStatus(due, today) : null };
}

/**
 * The case page: the family's identity bar, the children the case names (those the reader may see,
 * each with when they were last seen and next due a visit), and its visits. A read of the family,
 * each member shown and the case, audited together; out of area is answered as unknown.
 */
export async function readCase(ctx: ScopedContext, caseId: string) {
  const action = "case.read";
  const familyId = await familyOfCase(ctx.db, caseId);
  if (!familyId) throw await unknownCase(ctx, caseId, action);
  const today = londonDateOf(ctx.now());
  const { family, page } = await openFamilyRecord(ctx, familyId, action, async (tx, shown) => {
    const fssCase = (await getFssCase(tx, caseId))!;
    const visible = new Set(shown.members.map((m) => m.personId));
    const [children, visits, plan, lastReview] = await Promise.all([
      caseChildrenWithLastSeen(tx, [caseId]),
      caseVisitsOf(tx, caseId),
      casePlanOf(tx, caseId),
      lastReviewOn(tx, [caseId]),
    ]);
    const canOversee = can(ctx.staff.role, "cases.oversee");
    await audit(ctx, tx, { action, entityType: "fss_case", entityId: caseId });
    return {
      fssCase,
      children: children.filter((c) => visible.has(c.personId)).map((c) => withNextVisit(c, fssCase.openedOn, ctx.config.fss.visitCadence, today)),
      childrenHidden: children.filter((c) => !visible.has(c.personId)).length,
      visits: visits.map((v) => ({ ...v, children: v.children.filter((c) => visible.has(c.personId)) })),
      plan: {
        ...plan,
        nextReviewDue:
          fssCase.status === "open" ? nextCaseReviewDue(fssCase.openedOn, lastReview.get(caseId) ?? null, ctx.config.fss.reviewWeeks) : null,
      },
      canOversee,
      keyWorkerChoices: canOversee ? (await possibleKeyWorkers(tx, fssCase.areaId)).map((s) => ({ id: s.id, displayName: s.displayName })) : [],
    };
  });
  const { fssCase, ...rest } = page;
  return { family, case: fssCase, ...rest, today, canChange: mayChangeCase(ctx.staff, fssCase) };
}

/**
 * The caller's caseload: the open cases they hold (closed too when asked), each with its children
 * and the soonest visit due. Each family named is a read of that family, audited once.
 */
export async function listCaseload(ctx: ScopedContext, input: CaseloadList) {
  const today = londonDateOf(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const cases = (await caseloadOf(tx, { keyWorkerIds: [ctx.staff.id], includeClosed: input.includeClosed ?? false })).filter((c) =>
      canSeeArea(ctx.scope, c.familyAreaId),
    );
    const children = await caseChildrenWithLastSeen(
      tx,
      cases.map((c) => c.id),
    );
    const rows = cases.map(({ familyAreaId: _area, keyWorkerId: _kw, ...c }) => {
      const mine = children
        .filter((child) => child.caseId === c.id)
        .map((child) => withNextVisit(child, c.openedOn, ctx.config.fss.visitCadence, today));
      const nextDue = c.status === "open" ? (earliest(mine.flatMap((child) => (child.nextVisitDue ? [child.nextVisitDue] : []))) ?? null) : null;
      return {
        ...c,
        children: mine.length,
        childProtectionPlans: mine.filter((child) => child.category === "child_protection_plan").length,
        nextVisitDue: nextDue,
        visitStatus: nextDue ? workItemStatus(nextDue, today) : null,
      };
    });
    for (const familyId of new Set(rows.map((r) => r.familyId)))
      await audit(ctx, tx, { action: "family.read", entityType: "family", entityId: familyId, detail: { via: "caseload" } });
    return { cases: rows, today };
  });
}
