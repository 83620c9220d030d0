import { listStatutoryReturns } from "@hearth/db";
import type { ScopedContext } from "../context";
import { statutoryReturnView } from "./return-view";

/** The latest runs, newest first: what the Statutory returns page polls while one runs. */
export async function listCinCensusReturns(ctx: ScopedContext) {
  const rows = await listStatutoryReturns(ctx.db, { kind: "cin_census", limit: 20 });
  return { returns: rows.map(statutoryReturnView) };
}
