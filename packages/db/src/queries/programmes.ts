import { asc, eq } from "drizzle-orm";
import type { ProgrammeCreate } from "@hearth/domain";
import type { Db } from "../client";
import { programmes } from "../schema";

export type ProgrammeRow = typeof programmes.$inferSelect;

export function listProgrammes(db: Db, params: { includeRetired?: boolean } = {}) {
  return db
    .select()
    .from(programmes)
    .where(params.includeRetired ? undefined : eq(programmes.active, true))
    .orderBy(asc(programmes.name));
}

function programmeColumns(programme: ProgrammeCreate) {
  return { ...programme, description: programme.description ?? null };
}

/** Null when the name is already taken, so the caller can say so beside the name field. */
export async function insertProgramme(db: Db, programme: ProgrammeCreate): Promise<ProgrammeRow | null> {
  const [row] = await db.insert(programmes).values(programmeColumns(programme)).onConflictDoNothing({ target: programmes.name }).returning();
  return row ?? null;
}

export async function updateProgramme(db: Db, programmeId: string, changes: ProgrammeCreate & { active?: boolean }): Promise<ProgrammeRow | null> {
  const [row] = await db
    .update(programmes)
    .set({ ...programmeColumns(changes), active: changes.active })
    .where(eq(programmes.id, programmeId))
    .returning();
  return row ?? null;
}

export async function programmeNameTaken(db: Db, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.name, name));
  return !!row && row.id !== exceptId;
}
