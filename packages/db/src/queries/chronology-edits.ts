import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { chronologyEntries, chronologyEntryVersions } from "../schema";

/**
 * Corrections to practitioners' chronology entries. The entry row always says what it says now;
 * each version it replaced is kept in chronology_entry_versions, written in the same transaction.
 */

export async function getChronologyEntry(db: Db, entryId: string) {
  const [row] = await db.select().from(chronologyEntries).where(eq(chronologyEntries.id, entryId));
  return row ?? null;
}

type Entry = typeof chronologyEntries.$inferSelect;
export type ChronologyEntryChange = Pick<Entry, "personId" | "occurredOn" | "kind" | "summary" | "significant">;

/** Keeps `before` as a version and writes `change` over the entry, by `staffId` at `at`. */
export async function editChronologyEntry(db: Db, before: Entry, change: ChronologyEntryChange, by: { staffId: string; at: Date }) {
  await db.insert(chronologyEntryVersions).values({
    entryId: before.id,
    personId: before.personId,
    occurredOn: before.occurredOn,
    kind: before.kind,
    summary: before.summary,
    significant: before.significant,
    writtenBy: before.editedBy ?? before.recordedBy,
    writtenAt: before.editedAt ?? before.recordedAt,
    replacedBy: by.staffId,
    replacedAt: by.at,
  });
  const [row] = await db
    .update(chronologyEntries)
    .set({ ...change, editedAt: by.at, editedBy: by.staffId })
    .where(eq(chronologyEntries.id, before.id))
    .returning();
  return row!;
}

/** The versions an entry replaced, newest first. */
export function chronologyEntryHistory(db: Db, entryId: string) {
  return db
    .select()
    .from(chronologyEntryVersions)
    .where(eq(chronologyEntryVersions.entryId, entryId))
    .orderBy(desc(chronologyEntryVersions.replacedAt));
}

/**
 * What the timeline needs beside each manual entry shown: its author (to offer "Edit" to them),
 * its date and child as stored (to fill the edit form) and when it was last edited.
 */
export function manualEntryDetails(db: Db, entryIds: string[]) {
  if (!entryIds.length) return Promise.resolve([]);
  return db
    .select({
      id: chronologyEntries.id,
      recordedBy: chronologyEntries.recordedBy,
      occurredOn: chronologyEntries.occurredOn,
      personId: chronologyEntries.personId,
      editedAt: chronologyEntries.editedAt,
    })
    .from(chronologyEntries)
    .where(inArray(chronologyEntries.id, entryIds));
}
