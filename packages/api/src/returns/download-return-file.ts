import { getStatutoryReturn } from "@hearth/db";
import { can, canAny } from "@hearth/domain";
import type { Context } from "../context";
import { audit, denied } from "../trpc";

export type ReturnFileKind = "file" | "report";

/**
 * Decides a download of a return's file or report (the HTTP route in apps/api streams the bytes):
 * data officers and administrators only, a completed run only, and every download audited. Returns
 * the stored key and the name the browser saves it under, or throws the refusal (also audited).
 */
export async function authoriseReturnDownload(ctx: Context, params: { returnId: string; file: ReturnFileKind }) {
  const event = { action: `returns.download.${params.file}`, entityType: "statutory_return", entityId: params.returnId };
  if (!ctx.staff || !canAny(ctx.staff.role, ["returns.read", "returns.nccis"]))
    throw await denied(ctx, { ...event, code: "FORBIDDEN", detail: { reason: "role" } });
  const run = await getStatutoryReturn(ctx.db, params.returnId);
  // Each return has its own readers: an EET officer downloads the NCCIS file, never the census.
  if (run && !can(ctx.staff.role, run.kind === "nccis" ? "returns.nccis" : "returns.read"))
    throw await denied(ctx, { ...event, code: "FORBIDDEN", detail: { reason: "role" } });
  const key = params.file === "file" ? run?.fileKey : run?.reportKey;
  if (!run || run.status !== "completed" || !key) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "no such file" } });
  await audit(ctx, ctx.db, event);
  if (run.kind === "nccis")
    return {
      key,
      fileName:
        params.file === "file"
          ? `nccis-${run.referenceDate.slice(0, 7)}-${run.serialNo}.xml`
          : `nccis-${run.referenceDate.slice(0, 7)}-${run.serialNo}.csv`,
      contentType: params.file === "file" ? "application/xml" : "text/csv; charset=utf-8",
    };
  const year = `${run.collectionYear - 1}-${String(run.collectionYear % 100).padStart(2, "0")}`;
  return {
    key,
    fileName: params.file === "file" ? `cin-census-${year}-${run.serialNo}.xml` : `cin-census-${year}-${run.serialNo}-validation-report.csv`,
    contentType: params.file === "file" ? "application/xml" : "text/csv; charset=utf-8",
  };
}
