import { familiesOfPerson, getPerson, keptRecordOf } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { accessToPerson, personRefused } from "../record-access/person-access";
import { audit } from "../trpc";

/**
 * Opens a person's record if canOpenPerson allows it, auditing the read in the same transaction;
 * a read through a break-the-glass grant or a restriction's naming says so in the audit. A refusal
 * is audited after the transaction, on its own.
 */
export async function readPerson(ctx: ScopedContext, requestedId: string) {
  // A merged duplicate's id leads to the record it was merged into (issue 10 §2): old links,
  // bookmarks and audit entries still reach the person, and the page says which record it is now.
  const personId = await keptRecordOf(ctx.db, requestedId);
  const mergedFromId = personId === requestedId ? null : requestedId;
  const event = { action: "person.read", entityType: "person", entityId: personId };
  const outcome = await ctx.db.transaction(async (tx) => {
    const person = await getPerson(tx, personId);
    if (!person) return { access: null, record: null };
    const access = await accessToPerson(ctx, tx, person);
    if (!access.open) return { access, record: null };
    // A family owned by another area is not named here, only counted (ADR 8).
    const all = await familiesOfPerson(tx, personId);
    const families = all.filter((f) => canSeeArea(ctx.scope, f.areaId));
    const detail = { ...(access.via === "area" ? {} : { via: access.via }), ...(mergedFromId ? { mergedFromId } : {}) };
    await audit(ctx, tx, Object.keys(detail).length ? { ...event, detail } : event);
    // Only named staff reach a restricted record, so "named" is how the page knows to say it is restricted.
    const restricted = access.via === "named";
    return { access, record: { ...person, restricted, mergedFromId, families, familiesOutsideYourArea: all.length - families.length } };
  });
  if (outcome.record) return outcome.record;
  throw await personRefused(ctx, event, outcome.access && !outcome.access.open ? outcome.access : null);
}
