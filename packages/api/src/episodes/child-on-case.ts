import type { Db } from "@hearth/db";
import type { PersonAccess } from "@hearth/domain";
import { refuseIfClosed, withCaseInScope } from "../cases/case-scope";
import type { ScopedContext } from "../families/family-view";
import { accessToPeople, personRefused } from "../record-access/person-access";
import { fieldError } from "../trpc";

type LoadedCase = Parameters<Parameters<typeof withCaseInScope>[4]>[1];
type Member = Parameters<Parameters<typeof withCaseInScope>[4]>[2]["members"][number];

class ChildHidden extends Error {
  constructor(readonly access: Exclude<PersonAccess, { open: true }>) {
    super("child hidden");
  }
}

/**
 * Runs `work` on one child of a case's family, inside the case's transaction: episodes are
 * recorded from a case, for a child of the family the case belongs to. The case is scoped as its
 * family (out of area answers as unknown; with `change`, only its key worker or a manager, and
 * never on a closed case). A person who is not a child of the family is refused beside the child
 * field; a child the caller may not open (restricted, another area's) is refused as their own
 * record would be, audited after the rollback.
 */
export async function withChildOnCase<T>(
  ctx: ScopedContext,
  input: { caseId: string; childId: string },
  action: string,
  options: { change: boolean },
  work: (tx: Db, fssCase: LoadedCase, child: Member) => Promise<T>,
): Promise<T> {
  try {
    return await withCaseInScope(ctx, input.caseId, action, options, async (tx, fssCase, family) => {
      if (options.change) refuseIfClosed(fssCase);
      const child = family.members.find((m) => m.personId === input.childId && m.role === "child");
      if (!child) throw fieldError("childId", "Choose a child from this case’s family");
      const access = (await accessToPeople(ctx, tx, [{ id: child.personId, areaId: child.areaId }])).get(child.personId)!;
      if (!access.open) throw new ChildHidden(access);
      return work(tx, fssCase, child);
    });
  } catch (error) {
    if (!(error instanceof ChildHidden)) throw error;
    throw await personRefused(ctx, { action, entityType: "person", entityId: input.childId }, error.access);
  }
}
