import { caseChildrenWithLastSeen, caseloadOf, childrenOnCpPlans, type Db } from "@hearth/db";
import { canSeeArea, londonDateOf, nextVisitDue } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { auditAll } from "../trpc";
import { possibleKeyWorkers } from "./open-case";

/**
 * A manager's view of the area's workload (issue 12 §1): every FSS worker with their open cases,
 * the families and children those name, children on child protection plans (by the case or the
 * child's statutory episode) and visits overdue. Each family listed is an audited read.
 */
export async function readTeamWorkload(ctx: ScopedContext) {
  const action = "case.workload";
  return ctx.db.transaction(async (tx) => {
    const workload = await teamWorkloadOf(ctx, tx);
    const familyIds = workload.workers.flatMap((w) => w.cases.map((c) => c.familyId));
    await auditAll(
      ctx,
      tx,
      [...new Set(familyIds)].map((familyId) => ({ action, entityType: "family", entityId: familyId })),
    );
    return workload;
  });
}

/**
 * The workload itself, unaudited: callers that show a family audit it; the FSS home shows only
 * each worker's counts, so it names no family.
 */
export async function teamWorkloadOf(ctx: ScopedContext, tx: Db) {
  const today = londonDateOf(ctx.now());
  const areaId = ctx.scope.areaId;
  const workers = areaId ? await possibleKeyWorkers(tx, areaId) : [];
  const cases = (await caseloadOf(tx, { keyWorkerIds: workers.map((w) => w.id), includeClosed: false })).filter((c) =>
    canSeeArea(ctx.scope, c.familyAreaId),
  );
  const children = await caseChildrenWithLastSeen(
    tx,
    cases.map((c) => c.id),
  );
  const onPlans = await childrenOnCpPlans(
    tx,
    children.map((c) => c.personId),
    today,
  );
  const caseRows = cases.map((c) => {
    const mine = children.filter((child) => child.caseId === c.id);
    const overdue = mine.filter((child) => {
      const due = nextVisitDue(child.category, child.lastSeenOn, c.openedOn, ctx.config.fss.visitCadence);
      return due !== null && due < today;
    });
    return {
      id: c.id,
      keyWorkerId: c.keyWorkerId,
      familyId: c.familyId,
      familyName: c.familyName,
      openedOn: c.openedOn,
      children: mine.length,
      childProtectionPlans: mine.filter((child) => child.category === "child_protection_plan" || onPlans.has(child.personId)).length,
      visitsOverdue: overdue.length,
    };
  });
  return {
    today,
    workers: workers.map((w) => {
      const held = caseRows.filter((c) => c.keyWorkerId === w.id);
      return {
        id: w.id,
        displayName: w.displayName,
        families: new Set(held.map((c) => c.familyId)).size,
        children: held.reduce((n, c) => n + c.children, 0),
        childProtectionPlans: held.reduce((n, c) => n + c.childProtectionPlans, 0),
        visitsOverdue: held.reduce((n, c) => n + c.visitsOverdue, 0),
        cases: held.map(({ keyWorkerId: _kw, ...c }) => c),
      };
    }),
  };
}
