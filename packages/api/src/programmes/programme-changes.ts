import { TRPCError } from "@trpc/server";
import { insertProgramme, programmeNameTaken, updateProgramme } from "@hearth/db";
import type { ProgrammeCreate } from "@hearth/domain";
import type { Context } from "../context";
import { audit, fieldError } from "../trpc";

/** Changes to the programme catalogue, each audited with the programme's name in its own transaction. */

const nameTaken = (name: string) => fieldError("name", `There is already a programme called ${name}`, "CONFLICT");

export function createProgramme(ctx: Context, input: ProgrammeCreate) {
  return ctx.db.transaction(async (tx) => {
    const row = await insertProgramme(tx, input);
    if (!row) throw nameTaken(input.name);
    await audit(ctx, tx, { action: "programme.create", entityType: "programme", entityId: row.id, detail: { name: row.name } });
    return row;
  });
}

/** A whole replacement; `active: false` retires the programme from new runs. */
export function updateProgrammeRecord(ctx: Context, { programmeId, ...programme }: ProgrammeCreate & { programmeId: string; active?: boolean }) {
  return ctx.db.transaction(async (tx) => {
    if (await programmeNameTaken(tx, programme.name, programmeId)) throw nameTaken(programme.name);
    const row = await updateProgramme(tx, programmeId, programme);
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No programme was found" });
    await audit(ctx, tx, { action: "programme.update", entityType: "programme", entityId: row.id, detail: { name: row.name, active: row.active } });
    return row;
  });
}
