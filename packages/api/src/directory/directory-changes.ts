import { TRPCError } from "@trpc/server";
import { activeStaffInRoles, insertDirectoryService, updateDirectoryService } from "@hearth/db";
import { directoryReviewDateProblem, londonDateOf, rolesFor, type DirectoryServiceCreate, type DirectoryServiceUpdate } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { audit, fieldError, fieldErrors } from "../trpc";
import { readDirectoryEntry } from "./list-directory";

/**
 * Changes to the directory, each in one transaction with its audit row. The rules the schema cannot
 * check without the clock or the database: a review date not in the future, an owner who may keep
 * the directory, localities that exist.
 */
async function checked(ctx: ScopedContext, input: DirectoryServiceCreate): Promise<DirectoryServiceCreate & { ownerStaffId: string }> {
  const problems: { field: string; message: string }[] = [];
  const future = directoryReviewDateProblem(input.lastReviewedOn, londonDateOf(ctx.now()));
  if (future) problems.push({ field: "lastReviewedOn", message: future });
  const ownerStaffId = input.ownerStaffId ?? ctx.staff.id;
  const keepers = await activeStaffInRoles(ctx.db, rolesFor("directory.edit"));
  if (!keepers.some((k) => k.id === ownerStaffId))
    problems.push({ field: "ownerStaffId", message: "Choose a member of the locality team to keep this entry up to date" });
  if (problems.length) throw fieldErrors(problems);
  return { ...input, ownerStaffId };
}

const unknownLocality = () => fieldError("localityIds", "Choose localities from the list");

export async function createDirectoryService(ctx: ScopedContext, input: DirectoryServiceCreate) {
  const values = await checked(ctx, input);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertDirectoryService(tx, { ...values, createdBy: ctx.staff.id });
    if (row === "unknown locality") throw unknownLocality();
    await audit(ctx, tx, { action: "directory.create", entityType: "directory_service", entityId: row.id, detail: { name: row.name } });
    return row.id;
  });
  return readDirectoryEntry(ctx, id);
}

/** A whole replacement; `active: false` takes the entry off the public directory. */
export async function updateDirectoryEntry(ctx: ScopedContext, { serviceId, ...input }: DirectoryServiceUpdate) {
  const values = await checked(ctx, input);
  await ctx.db.transaction(async (tx) => {
    const row = await updateDirectoryService(tx, serviceId, values);
    if (row === null) throw new TRPCError({ code: "NOT_FOUND", message: "No directory entry was found" });
    if (row === "unknown locality") throw unknownLocality();
    await audit(ctx, tx, {
      action: "directory.update",
      entityType: "directory_service",
      entityId: row.id,
      detail: { name: row.name, active: row.active, lastReviewedOn: row.lastReviewedOn },
    });
  });
  return readDirectoryEntry(ctx, serviceId);
}
