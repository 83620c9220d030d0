import type { Db, getFamily } from "@hearth/db";
import type { ScopedContext } from "../families/family-view";
import { accessToPeople } from "../record-access/person-access";
import { fieldError } from "../trpc";

type LoadedFamily = NonNullable<Awaited<ReturnType<typeof getFamily>>>;

/**
 * The children a named call is about must be members of the family whose records the worker may
 * open: in their area (or opened by breaking the glass), and not restricted to other staff.
 */
export async function assertChildrenOfFamily(ctx: ScopedContext, tx: Db, family: LoadedFamily, childIds: readonly string[]) {
  const members = family.members.filter((m) => childIds.includes(m.personId));
  const access = await accessToPeople(
    ctx,
    tx,
    members.map((m) => ({ id: m.personId, areaId: m.areaId })),
  );
  for (const [index, childId] of childIds.entries())
    if (!access.get(childId)?.open) throw fieldError(`childIds.${index}`, "Choose a child from the family");
}

/** The people a consultation names whom the reader may open; a restricted child is not named. */
export async function openablePeople<T extends { personId: string; areaId: string | null }>(ctx: ScopedContext, tx: Db, people: T[]): Promise<T[]> {
  const access = await accessToPeople(
    ctx,
    tx,
    people.map((p) => ({ id: p.personId, areaId: p.areaId })),
  );
  return people.filter((p) => access.get(p.personId)?.open);
}
