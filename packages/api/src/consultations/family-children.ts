import type { getFamily } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { fieldError } from "../trpc";

type LoadedFamily = NonNullable<Awaited<ReturnType<typeof getFamily>>>;

/** The children a named call is about must be members of the family whom the worker may see. */
export function assertChildrenOfFamily(ctx: ScopedContext, family: LoadedFamily, childIds: readonly string[]) {
  for (const [index, childId] of childIds.entries()) {
    const member = family.members.find((m) => m.personId === childId);
    if (!member || !canSeeArea(ctx.scope, member.areaId)) throw fieldError(`childIds.${index}`, "Choose a child from the family");
  }
}
