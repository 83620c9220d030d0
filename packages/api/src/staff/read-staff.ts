import { getStaffAccount, listStaffAccounts, listWorkItems, openWorkHeldBy } from "@hearth/db";
import { consultationReference, londonDateOf, type StaffListFilter } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { audit, denied } from "../trpc";
import { staffAccountView } from "./staff-view";

export async function listStaff(ctx: ScopedContext, input: StaffListFilter) {
  return ctx.db.transaction(async (tx) => {
    const rows = await listStaffAccounts(tx, { active: input.status === "all" ? undefined : input.status === "active" });
    await audit(ctx, tx, { action: "staff.list", entityType: "staff", detail: { status: input.status, shown: rows.length } });
    return rows.map(staffAccountView);
  });
}

/** An unknown account, refused and audited. */
export async function unknownStaff(ctx: ScopedContext, action: string, staffId: string) {
  return denied(ctx, { action, entityType: "staff", entityId: staffId, code: "NOT_FOUND", message: "There is no member of staff with this id" });
}

/**
 * One account and the open work its holder still has, so that work can be handed on when they
 * leave or move. The families named are audited with the read, as a register's are.
 */
export async function readStaffAccount(ctx: ScopedContext, staffId: string) {
  const account = await getStaffAccount(ctx.db, staffId);
  if (!account) throw await unknownStaff(ctx, "staff.get", staffId);
  return ctx.db.transaction(async (tx) => {
    const [held, items] = await Promise.all([
      openWorkHeldBy(tx, staffId),
      listWorkItems(tx, {
        staffIds: [staffId],
        visitCadence: ctx.config.fss.visitCadence,
        directoryReviewMonths: ctx.config.directory.reviewMonths,
        today: londonDateOf(ctx.now()),
      }),
    ]);
    const familyIds = [
      ...new Set(
        [...held.cases, ...held.consultations, ...held.teamsAroundFamilies, ...items].map((w) => w.familyId).filter((id): id is string => !!id),
      ),
    ];
    await audit(ctx, tx, { action: "staff.read", entityType: "staff", entityId: staffId, detail: { familyIds } });
    return {
      account: staffAccountView(account),
      openWork: {
        cases: held.cases,
        consultations: held.consultations.map(({ number, receivedAt, ...c }) => ({
          ...c,
          reference: consultationReference(number),
          receivedAt: receivedAt.toISOString(),
        })),
        teamsAroundFamilies: held.teamsAroundFamilies,
        workItems: items.map((i) => ({ id: i.id, kind: i.kind, title: i.title, dueOn: i.dueOn, familyName: i.familyName })),
      },
    };
  });
}
