import { asc, eq } from "drizzle-orm";
import type { ProgrammeInput } from "@hearth/domain";
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

function programmeColumns(programme: ProgrammeInput) {
  return {
    ...programme,
    description: programme.description ?? null,
    targetGroup: programme.targetGroup ?? null,
    outcomeMeasures: programme.outcomeMeasures ?? [],
  };
}

/** Null when the name is already taken, so the caller can say so beside the name field. */
export async function insertProgramme(db: Db, programme: ProgrammeInput): Promise<ProgrammeRow | null> {
  const [row] = await db.insert(programmes).values(programmeColumns(programme)).onConflictDoNothing({ target: programmes.name }).returning();
  return row ?? null;
}

export async function updateProgramme(db: Db, programmeId: string, changes: ProgrammeInput & { active?: boolean }): Promise<ProgrammeRow | null> {
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

export async function getProgramme(db: Db, programmeId: string): Promise<ProgrammeRow | null> {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, programmeId));
  return row ?? null;
}
