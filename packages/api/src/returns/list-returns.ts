import { listStatutoryReturns, type StatutoryReturnKind } from "@hearth/db";
import type { ScopedContext } from "../context";
import { statutoryReturnView } from "./return-view";

/** The latest runs of one return, newest first: what the returns pages poll while one runs. */
export async function listReturnRuns(ctx: ScopedContext, kind: StatutoryReturnKind) {
  const rows = await listStatutoryReturns(ctx.db, { kind, limit: 20 });
  return { returns: rows.map(statutoryReturnView) };
}
