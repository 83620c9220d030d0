import { insertChronologyEntry } from "@hearth/db";
import type { ChronologyEntryCreate } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { accessToPerson } from "../record-access/person-access";
import { audit, fieldError } from "../trpc";
import { withFamilyInScope } from "../families/open-record";

/**
 * Adds a practitioner's entry to a family's chronology. An entry about a child must name one of
 * the family's members the writer may see; the entry, and the child's record it touches, are
 * audited in the same transaction.
 */
export function addChronologyEntry(ctx: ScopedContext, input: ChronologyEntryCreate) {
  return withFamilyInScope(ctx, input.familyId, "chronology.addEntry", async (tx, family) => {
    if (input.personId) {
      const member = family.members.find((m) => m.personId === input.personId);
      // Only a child whose own record the writer may open: not another area's, nor a restricted one.
      const open = member && (await accessToPerson(ctx, tx, { id: member.personId, areaId: member.areaId })).open;
      if (!open) throw fieldError("personId", "Choose a child from the family");
    }
    const entry = await insertChronologyEntry(tx, { ...input, personId: input.personId ?? null, recordedBy: ctx.staff.id });
    const detail = { entryId: entry.id, kind: entry.kind, significant: entry.significant };
    await audit(ctx, tx, { action: "chronology.addEntry", entityType: "family", entityId: family.id, detail });
    if (input.personId)
      await audit(ctx, tx, {
        action: "chronology.addEntry",
        entityType: "person",
        entityId: input.personId,
        detail: { ...detail, familyId: family.id },
      });
    return { id: entry.id };
  });
}
