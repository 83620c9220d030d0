import { TRPCError } from "@trpc/server";
import { activeStaffInRoles, getDirectoryService, listDirectoryServices } from "@hearth/db";
import { addMonths, londonDateOf, rolesFor, type DirectoryList } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { directoryEntryView } from "./directory-view";

/** The staff list, with owners, review dates and how often each is signposted to. Names no family. */
export async function listDirectory(ctx: ScopedContext, input: DirectoryList) {
  const today = londonDateOf(ctx.now());
  const months = ctx.config.directory.reviewMonths;
  const rows = await listDirectoryServices(ctx.db, {
    includeInactive: input.includeInactive,
    reviewedOnOrBefore: input.dueForReview ? addMonths(today, -months) : undefined,
  });
  return rows.map((row) => directoryEntryView(row, today, months));
}

export async function readDirectoryEntry(ctx: ScopedContext, serviceId: string) {
  const row = await getDirectoryService(ctx.db, serviceId);
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No directory entry was found" });
  return directoryEntryView(row, londonDateOf(ctx.now()), ctx.config.directory.reviewMonths);
}

/** Who may keep an entry: the owner list on the edit page. */
export function directoryKeepers(ctx: ScopedContext) {
  return activeStaffInRoles(ctx.db, rolesFor("directory.edit")).then((rows) => rows.map(({ id, name }) => ({ id, name })));
}
