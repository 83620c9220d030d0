import { randomBytes } from "node:crypto";
import { hashToken, personOfHandle, savePersonHandles, type Db } from "@hearth/db";
import { PERSON_HANDLE_MINUTES } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";

/**
 * One opaque handle per person known in another area in this search's results (issue 10 §2).
 * 128 random bits, kept only as a hash, tied to the member of staff and short-lived: it lets the
 * break-the-glass page name the record without the person's id or anything personal in its address.
 */
export async function handlesForSearch(ctx: ScopedContext, tx: Db, personIds: string[]): Promise<Map<string, string>> {
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + PERSON_HANDLE_MINUTES * 60_000);
  const made = personIds.map((personId) => ({ personId, handle: randomBytes(16).toString("base64url") }));
  await savePersonHandles(
    tx,
    ctx.staff.id,
    made.map((m) => ({ personId: m.personId, handleHash: hashToken(m.handle), expiresAt })),
    now,
  );
  return new Map(made.map((m) => [m.personId, m.handle]));
}

/** The person behind a handle made for this member of staff, or null (unknown, another's or expired). */
export function personOfSearchHandle(ctx: ScopedContext, handle: string): Promise<string | null> {
  return personOfHandle(ctx.db, { handleHash: hashToken(handle), staffId: ctx.staff.id, now: ctx.now() });
}
