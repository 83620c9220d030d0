import { addMonths, londonDateOf } from "@hearth/domain";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { insertDirectoryService } from "../queries/directory";
import { directoryServices, localities, staffUsers } from "../schema";
import { directoryData } from "./directory-services";

/** Writes the demonstration directory, dated from `today`, when no entry exists yet. */
export async function seedDirectory(db: Db, today = londonDateOf(new Date())): Promise<void> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(directoryServices);
  if (existing!.n > 0) return;
  const localityId = new Map((await db.select({ id: localities.id, name: localities.name }).from(localities)).map((l) => [l.name, l.id]));
  const ownerId = async (email: string) => (await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email)))[0]?.id;
  for (const { localities: names, reviewedMonthsAgo, owner, venues = [], openings = [], ...service } of directoryData) {
    const ownerStaffId = await ownerId(owner);
    if (!ownerStaffId) continue;
    await insertDirectoryService(db, {
      ...service,
      venues,
      openings,
      localityIds: names.map((n) => localityId.get(n)!),
      lastReviewedOn: addMonths(today, -reviewedMonthsAgo),
      active: true,
      ownerStaffId,
      createdBy: null,
    });
  }
}
