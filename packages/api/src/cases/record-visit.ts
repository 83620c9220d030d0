import { caseChildrenWithLastSeen, insertCaseVisit } from "@hearth/db";
import { londonDateOf, londonWallClockToInstant, visitIsInFuture, type CaseVisitRecord } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit, fieldError, fieldErrors } from "../trpc";
import { refuseIfClosed, withCaseInScope } from "./case-scope";

/**
 * A visit or case note on an open case, by its key worker or a manager: when, what kind, who was
 * seen and, for every child the case names, whether they were seen and seen alone. Never in the
 * future, never before the case opened. The narrative stays out of the audit trail.
 */
export async function recordCaseVisit(ctx: ScopedContext, input: CaseVisitRecord) {
  const action = "case.visit.record";
  if (visitIsInFuture(input, ctx.now())) throw fieldError("occurredOn", "The date and time of the visit must be now or in the past");
  const occurredAt = londonWallClockToInstant(input.occurredOn, input.time);

  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    refuseIfClosed(fssCase);
    if (input.occurredOn < fssCase.openedOn) throw fieldError("occurredOn", "The visit must be on or after the day the case opened");
    const named = await caseChildrenWithLastSeen(tx, [fssCase.id]);
    const problems = input.children.flatMap((child, i) =>
      named.some((n) => n.personId === child.personId) ? [] : [{ field: `children.${i}.personId`, message: "Choose a child named on the case" }],
    );
    if (problems.length) throw fieldErrors(problems);
    if (named.some((n) => !input.children.some((c) => c.personId === n.personId)))
      throw fieldError("children", "Say for each child on the case whether they were seen");

    const visit = await insertCaseVisit(tx, {
      caseId: fssCase.id,
      kind: input.kind,
      occurredAt,
      occurredOn: londonDateOf(occurredAt),
      whoWasSeen: input.whoWasSeen,
      narrative: input.narrative,
      significant: input.significant,
      recordedBy: ctx.staff.id,
      children: input.children.map((c) => ({
        personId: c.personId,
        seen: c.seen,
        seenAlone: c.seen ? (c.seenAlone ?? null) : null,
        notSeenAloneReason: c.seen && c.seenAlone === false ? (c.notSeenAloneReason ?? null) : null,
      })),
    });
    await audit(ctx, tx, {
      action,
      entityType: "fss_case",
      entityId: fssCase.id,
      detail: { visitId: visit.id, kind: visit.kind, occurredAt: visit.occurredAt.toISOString(), significant: visit.significant },
    });
    return { caseId: fssCase.id, visitId: visit.id };
  });
}
