import { and, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../client";
import { formDrafts } from "../schema";

/**
 * Form drafts (schema/form-drafts.ts). Every function takes the owner's id, so no query here can
 * read or change someone else's draft.
 */

export async function findFormDraft(db: Db, params: { staffId: string; formKey: string }) {
  const [row] = await db
    .select({ data: formDrafts.data, updatedAt: formDrafts.updatedAt })
    .from(formDrafts)
    .where(and(eq(formDrafts.staffId, params.staffId), eq(formDrafts.formKey, params.formKey)));
  return row ?? null;
}

/** Keeps the latest copy only: one row per owner and form, replaced on every save. */
export async function saveFormDraft(db: Db, params: { staffId: string; formKey: string; data: unknown; now: Date }) {
  const [row] = await db
    .insert(formDrafts)
    .values({ staffId: params.staffId, formKey: params.formKey, data: params.data, updatedAt: params.now })
    .onConflictDoUpdate({
      target: [formDrafts.staffId, formDrafts.formKey],
      set: { data: params.data, updatedAt: params.now },
    })
    .returning({ updatedAt: formDrafts.updatedAt });
  return row!;
}

export async function deleteFormDraft(db: Db, params: { staffId: string; formKey: string }) {
  const removed = await db
    .delete(formDrafts)
    .where(and(eq(formDrafts.staffId, params.staffId), eq(formDrafts.formKey, params.formKey)))
    .returning({ id: formDrafts.id });
  return removed.length > 0;
}

/** Removes drafts nobody has touched since `before`. Returns how many went. */
export async function purgeOldFormDrafts(db: Db, before: Date) {
  const removed = await db.delete(formDrafts).where(lt(formDrafts.updatedAt, before)).returning({ id: formDrafts.id });
  return removed.length;
}

/** Which of the owner's forms have a draft: a task list shows those sections as in progress. */
export async function draftedFormKeys(db: Db, params: { staffId: string; formKeys: readonly string[] }): Promise<string[]> {
  if (params.formKeys.length === 0) return [];
  const rows = await db
    .select({ formKey: formDrafts.formKey })
    .from(formDrafts)
    .where(and(eq(formDrafts.staffId, params.staffId), inArray(formDrafts.formKey, [...params.formKeys])));
  return rows.map((r) => r.formKey);
}
