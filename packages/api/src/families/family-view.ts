import type { Db, getFamily } from "@hearth/db";
import type { ScopedContext } from "../context";
import { accessToPeople } from "../record-access/person-access";
import { auditAll, type AuditFields } from "../trpc";

// Defined beside Context (record-access needs it too, and imports this file's opposite way).
export type { ScopedContext };
type LoadedFamily = NonNullable<Awaited<ReturnType<typeof getFamily>>>;

/**
 * A family the reader may open, as they may see it: only the members whose own records they may
 * open (canOpenPerson), and a count of the rest, since a family can span areas and one area's family record must not
 * open another area's child. Every member shown is a read of that person, audited on `tx` (the
 * read's transaction) as a person page would be.
 */
export async function showFamily(ctx: ScopedContext, tx: Db, family: LoadedFamily) {
  const { shown, memberReads } = await familyAsSeen(ctx, tx, family);
  await auditAll(ctx, tx, memberReads);
  return shown;
}

/**
 * The family as `showFamily` shows it, with the audit rows its members' reads need, for a caller
 * that writes them with its own rows in one INSERT (the record pages, on every page view).
 */
export async function familyAsSeen(ctx: ScopedContext, tx: Db, family: LoadedFamily): Promise<{ shown: ShownFamily; memberReads: AuditFields[] }> {
  // The same rule as opening each member's own page: a restricted member is hidden from everyone
  // not named on the restriction, even in a family their area owns.
  const access = await accessToPeople(
    ctx,
    tx,
    family.members.map((m) => ({ id: m.personId, areaId: m.areaId })),
  );
  const members = family.members.filter((m) => access.get(m.personId)?.open);
  const restricted = family.members.filter((m) => {
    const a = access.get(m.personId);
    return a !== undefined && !a.open && a.reason === "restricted";
  });
  const memberReads = members.map((member) => ({
    action: "person.read",
    entityType: "person",
    entityId: member.personId,
    detail: { via: "family", familyId: family.id },
  }));
  const shown = {
    ...family,
    members,
    membersRestricted: restricted.length,
    membersOutsideYourArea: family.members.length - members.length - restricted.length,
  };
  return { shown, memberReads };
}

export type ShownFamily = LoadedFamily & { membersRestricted: number; membersOutsideYourArea: number };
