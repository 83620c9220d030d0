import { deleteFormDraft, findFormDraft, saveFormDraft } from "@hearth/db";
import type { FormDraftKey } from "@hearth/domain";
import { z } from "zod";
import type { Context } from "../context";

/**
 * Drafts of long forms (issue 10 §3). Each is read and changed only through the caller's own
 * staff id, so nobody can reach another person's draft by guessing its form key. A draft is what
 * the member of staff typed, not yet a record: it is not audited (the record it becomes is), and
 * its contents are never logged.
 */
type SignedIn = Context & { staff: NonNullable<Context["staff"]> };

export const formDraftSchema = z.object({ data: z.record(z.string(), z.unknown()), updatedAt: z.iso.datetime({ offset: true }) }).nullable();
export type FormDraft = z.infer<typeof formDraftSchema>;

export async function getFormDraft(ctx: SignedIn, input: FormDraftKey): Promise<FormDraft> {
  const row = await findFormDraft(ctx.db, { staffId: ctx.staff.id, formKey: input.formKey });
  return row ? { data: row.data as Record<string, unknown>, updatedAt: row.updatedAt.toISOString() } : null;
}

export const formDraftSavedSchema = z.object({ updatedAt: z.iso.datetime({ offset: true }) });

export async function keepFormDraft(ctx: SignedIn, input: { formKey: string; data: Record<string, unknown> }) {
  const row = await saveFormDraft(ctx.db, { staffId: ctx.staff.id, formKey: input.formKey, data: input.data, now: ctx.now() });
  return { updatedAt: row.updatedAt.toISOString() };
}

export const formDraftDiscardedSchema = z.object({ discarded: z.boolean() });

/** Discarding a draft that is already gone is not an error: the form may be sent from two tabs. */
export async function discardFormDraft(ctx: SignedIn, input: FormDraftKey) {
  return { discarded: await deleteFormDraft(ctx.db, { staffId: ctx.staff.id, formKey: input.formKey }) };
}
