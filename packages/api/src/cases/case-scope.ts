import { familyOfCase, getFssCase, type Db } from "@hearth/db";
import type { StaffRole } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { withFamilyInScope } from "../families/open-record";
import { denied } from "../trpc";

type LoadedCase = NonNullable<Awaited<ReturnType<typeof getFssCase>>>;
type LoadedFamily = Parameters<Parameters<typeof withFamilyInScope>[3]>[1];

/** Managers answer for every case in their area; a worker changes only the cases they hold. */
export function mayChangeCase(staff: { id: string; role: StaffRole }, fssCase: { keyWorkerId: string }) {
  return staff.role === "fss_manager" || fssCase.keyWorkerId === staff.id;
}

class NotOnCase extends Error {}

/** The refusal of an unknown case, audited and answered as any unknown record is. */
export async function unknownCase(ctx: ScopedContext, caseId: string, action: string) {
  return denied(ctx, { action, entityType: "fss_case", entityId: caseId, code: "NOT_FOUND", detail: { reason: "unknown id" } });
}

/**
 * Runs `work` on a case inside one transaction, when the caller may open the case's family (a case
 * is scoped exactly as its family: out of area is answered as unknown). With `change`, only the
 * case's key worker or a manager may go on; anyone else is refused, audited after the rollback.
 */
export async function withCaseInScope<T>(
  ctx: ScopedContext,
  caseId: string,
  action: string,
  options: { change: boolean },
  work: (tx: Db, fssCase: LoadedCase, family: LoadedFamily) => Promise<T>,
): Promise<T> {
  const familyId = await familyOfCase(ctx.db, caseId);
  if (!familyId) throw await unknownCase(ctx, caseId, action);
  try {
    return await withFamilyInScope(ctx, familyId, action, async (tx, family) => {
      const fssCase = (await getFssCase(tx, caseId))!;
      if (options.change && !mayChangeCase(ctx.staff, fssCase)) throw new NotOnCase();
      return work(tx, fssCase, family);
    });
  } catch (error) {
    if (!(error instanceof NotOnCase)) throw error;
    throw await denied(ctx, {
      action,
      entityType: "fss_case",
      entityId: caseId,
      code: "FORBIDDEN",
      message: "Only the case's key worker or an FSS manager can change this case",
    });
  }
}

/** A closed case is read-only until a manager reopens it. */
export function refuseIfClosed(fssCase: { status: string }) {
  if (fssCase.status === "closed") throw new TRPCError({ code: "CONFLICT", message: "This case is closed. A manager can reopen it with a reason." });
}
