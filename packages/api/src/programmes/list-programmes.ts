import { listProgrammes } from "@hearth/db";
import type { Context } from "../context";

/** Any practitioner may look up a programme to suggest it to a family; retired ones on request. */
export function programmeCatalogue(ctx: Context, input: { includeRetired: boolean }) {
  return listProgrammes(ctx.db, input);
}
