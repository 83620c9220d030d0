import { editChronologyEntry, getChronologyEntry } from "@hearth/db";
import { can, canSeeArea, type ChronologyEntryEdit } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { denied, audit, fieldError } from "../trpc";
import { withFamilyInScope } from "../families/open-record";

/**
 * Corrects a practitioner's chronology entry: only a manual entry (a service's events are
 * corrected in that service), only by its author or a manager (chronology.editAny), in a family
 * the editor can open. The version it replaces is kept, and the audit says what changed from what.
 */
export async function editChronologyEntryOf(ctx: ScopedContext, input: ChronologyEntryEdit) {
  const action = "chronology.editEntry";
  const entry = await getChronologyEntry(ctx.db, input.entryId);
  if (!entry)
    throw await denied(ctx, { action, entityType: "chronology_entry", entityId: input.entryId, code: "NOT_FOUND", detail: { reason: "unknown id" } });
  return withFamilyInScope(ctx, entry.familyId, action, async (tx, family) => {
    if (entry.recordedBy !== ctx.staff.id && !can(ctx.staff.role, "chronology.editAny"))
      throw await denied(ctx, {
        action,
        entityType: "chronology_entry",
        entityId: entry.id,
        code: "FORBIDDEN",
        message: "Only the person who wrote this entry, or a manager, can change it",
      });
    const visible = (personId: string | null) => !personId || family.members.some((m) => m.personId === personId && canSeeArea(ctx.scope, m.areaId));
    // An entry about a child the editor cannot see is not theirs to rewrite, nor to move to another child.
    if (!visible(entry.personId)) throw await denied(ctx, { action, entityType: "chronology_entry", entityId: entry.id, code: "NOT_FOUND" });
    if (!visible(input.personId ?? null)) throw fieldError("personId", "Choose a child from the family");
    const change = {
      personId: input.personId ?? null,
      occurredOn: input.occurredOn,
      kind: input.kind,
      summary: input.summary,
      significant: input.significant,
    };
    const fields = (Object.keys(change) as (keyof typeof change)[]).filter((k) => change[k] !== entry[k]);
    if (!fields.length) throw fieldError("summary", "Change at least one answer before saving");
    const saved = await editChronologyEntry(tx, entry, change, { staffId: ctx.staff.id, at: ctx.now() });
    // The summary's words are kept in the entry's versions, not copied into the audit trail.
    const codes = (e: typeof entry) => ({ personId: e.personId, occurredOn: e.occurredOn, kind: e.kind, significant: e.significant });
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: family.id,
      detail: { entryId: entry.id, fields, after: codes(saved), before: codes(entry) },
    });
    for (const personId of new Set([entry.personId, saved.personId].filter((p): p is string => !!p)))
      await audit(ctx, tx, { action, entityType: "person", entityId: personId, detail: { entryId: entry.id, familyId: family.id } });
    return { id: saved.id, editedAt: saved.editedAt!.toISOString() };
  });
}
