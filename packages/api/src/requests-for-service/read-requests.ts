import { getFamily, getRequestForService, listRequestsForService, openCaseCounts, type Db } from "@hearth/db";
import {
  can,
  canSeeArea,
  consultationReference,
  requestForServiceReference,
  type RequestForServiceChoices,
  type RequestForServiceDetail,
  type RequestForServiceList,
  type RequestForServiceStatus,
  type RequestForServiceSummary,
} from "@hearth/domain";
import { possibleKeyWorkers } from "../cases/open-case";
import { familyAsSeen, type ScopedContext } from "../families/family-view";
import { withRecordInScope } from "../scope";
import { audit, auditAll } from "../trpc";

type Loaded = NonNullable<Awaited<ReturnType<typeof getRequestForService>>>;

export function requestSummary(row: Loaded): RequestForServiceSummary {
  const r = row.request;
  return {
    id: r.id,
    reference: requestForServiceReference(r.number),
    status: r.status as RequestForServiceStatus,
    requestedAt: r.requestedAt.toISOString(),
    decisionReason: r.decisionReason,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    requesterReadAt: r.requesterReadAt?.toISOString() ?? null,
    familyId: r.familyId,
    familyName: row.familyName,
    level: r.level,
    requestedByName: row.requestedByName,
    consultationReference: row.consultationNumber === null ? null : consultationReference(row.consultationNumber),
  };
}

/**
 * FSS's intake queue: the area's requests for service, newest first. Each names a family, so the
 * list is audited with each family shown, in one transaction.
 */
export function readRequestsForService(ctx: ScopedContext, input: RequestForServiceList) {
  return ctx.db.transaction(async (tx) => {
    const rows = await listRequestsForService(tx, { areaId: ctx.scope.areaId, status: input.status, limit: input.limit });
    await audit(ctx, tx, {
      action: "requestsForService.list",
      entityType: "request_for_service",
      detail: { shown: rows.length, status: input.status ?? null },
    });
    await auditAll(
      ctx,
      tx,
      [...new Set(rows.map((r) => r.request.familyId))].map((familyId) => ({
        action: "requestsForService.list",
        entityType: "family",
        entityId: familyId,
      })),
    );
    return { requests: rows.map(requestSummary) };
  });
}

/**
 * What a manager deciding the request chooses from: the family's children they may see (each shown
 * is a read of that child, audited) and the FSS staff who could key-work it, with their open cases.
 */
async function decisionChoices(ctx: ScopedContext, tx: Db, familyId: string): Promise<RequestForServiceChoices | null> {
  const family = await getFamily(tx, familyId);
  if (!family) return null;
  const { shown, memberReads } = await familyAsSeen(ctx, tx, family);
  const children = shown.members.filter((m) => m.role === "child");
  await auditAll(
    ctx,
    tx,
    memberReads.filter((r) => children.some((c) => c.personId === r.entityId)),
  );
  const staff = await possibleKeyWorkers(tx, family.areaId);
  const counts = await openCaseCounts(
    tx,
    staff.map((s) => s.id),
  );
  return {
    children: children.map((c) => ({ personId: c.personId, name: `${c.firstName} ${c.lastName}` })),
    keyWorkers: staff.map((s) => ({ id: s.id, displayName: s.displayName, openCases: counts.get(s.id) ?? 0 })),
  };
}

/** One request with its reasons and consent, for FSS; another area's is answered as unknown. */
export function readRequestForService(ctx: ScopedContext, requestId: string): Promise<RequestForServiceDetail> {
  return withRecordInScope(
    ctx,
    { action: "requestsForService.get", entityType: "request_for_service", entityId: requestId },
    (tx) => getRequestForService(tx, requestId),
    async (tx, row) => {
      await audit(ctx, tx, { action: "requestsForService.get", entityType: "request_for_service", entityId: requestId });
      await audit(ctx, tx, { action: "requestsForService.get", entityType: "family", entityId: row.request.familyId, detail: { requestId } });
      return {
        ...requestSummary(row),
        reasons: row.request.reasons,
        triedSoFar: row.request.triedSoFar,
        consentGivenBy: row.request.consentGivenBy,
        consentGivenOn: row.request.consentGivenOn,
        areaName: row.areaName,
        choices:
          row.request.status === "received" && can(ctx.staff.role, "requestsForService.decide")
            ? await decisionChoices(ctx, tx, row.request.familyId)
            : null,
      };
    },
    (c, row) => canSeeArea(c.scope, row.request.areaId),
  );
}
