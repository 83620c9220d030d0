import { insertFssCase, staffWhoCouldKeyWork, type Db, type getFamily } from "@hearth/db";
import { canSeeArea, isCountyWide, londonDateOf, type CaseOpen, type StaffRole } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { withFamilyInScope } from "../families/open-record";
import { audit, fieldError, fieldErrors } from "../trpc";

/** Who may hold an FSS case: the service's workers and managers. */
export const caseHolderRoles: StaffRole[] = ["fss_worker", "fss_manager"];

type LoadedFamily = NonNullable<Awaited<ReturnType<typeof getFamily>>>;

/** The staff who may be a case's key worker in an area: FSS staff working there (or county-wide). */
export function possibleKeyWorkers(tx: Db, areaId: string) {
  return staffWhoCouldKeyWork(tx, { areaId, roles: caseHolderRoles, countyWideRoles: caseHolderRoles.filter(isCountyWide) });
}

/** Where the form shows a problem with one part of the case: the case form's own fields by default. */
export interface CaseFieldNames {
  child: (index: number) => string;
  keyWorker: string;
}
const caseFormFields: CaseFieldNames = { child: (i) => `children.${i}.personId`, keyWorker: "keyWorkerId" };

/**
 * Opens a case for a family already loaded and in scope, in the caller's transaction: the children
 * must be this family's children the caller may see, and the key worker FSS staff working in its
 * area. Refused with a message beside the field (`fields` says which), writing nothing.
 * Used by `cases.open` and by accepting a request for service.
 */
export async function openCaseIn(
  ctx: ScopedContext,
  tx: Db,
  family: LoadedFamily,
  input: Omit<CaseOpen, "familyId">,
  action: string,
  fields: CaseFieldNames = caseFormFields,
) {
  const problems = input.children.flatMap((child, i) => {
    const member = family.members.find((m) => m.personId === child.personId);
    return member && member.role === "child" && canSeeArea(ctx.scope, member.areaId)
      ? []
      : [{ field: fields.child(i), message: "Choose a child from this family" }];
  });
  if (problems.length) throw fieldErrors(problems);
  const holders = await possibleKeyWorkers(tx, family.areaId);
  if (!holders.some((s) => s.id === input.keyWorkerId))
    throw fieldError(fields.keyWorker, "Choose a key worker from the list: they must be FSS staff working in this family’s area");

  const fssCase = await insertFssCase(tx, {
    familyId: family.id,
    areaId: family.areaId,
    keyWorkerId: input.keyWorkerId,
    reason: input.reason,
    openedOn: londonDateOf(ctx.now()),
    openedBy: ctx.staff.id,
    children: input.children,
  });
  await audit(ctx, tx, {
    action,
    entityType: "fss_case",
    entityId: fssCase.id,
    detail: {
      familyId: family.id,
      keyWorkerId: input.keyWorkerId,
      children: input.children.map((c) => ({ personId: c.personId, category: c.category })),
    },
  });
  return { caseId: fssCase.id, familyId: family.id };
}

/**
 * A manager opens a case for a family they may open, naming children of that family the manager
 * may see and a key worker who works with families in its area. Refused with a message beside the
 * field, and nothing written, when any of that is not so.
 */
export async function openCase(ctx: ScopedContext, input: CaseOpen) {
  const action = "case.open";
  return withFamilyInScope(ctx, input.familyId, action, (tx, family) => openCaseIn(ctx, tx, family, input, action));
}
