import { assertCanOpenPeople } from "../record-access/person-access";
import type { ScopedContext } from "./family-view";

/**
 * Everyone added to or changed in a family must be someone the caller may open: another area's
 * person is answered as unknown, a restricted one as restricted (the same check as every other
 * read or change of a person).
 */
export async function assertMembersInScope(ctx: ScopedContext, personIds: string[], action: string) {
  await assertCanOpenPeople(ctx, personIds, action);
}
