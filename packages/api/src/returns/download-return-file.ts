import { getStatutoryReturn } from "@hearth/db";
import { can, canAny } from "@hearth/domain";
import type { Context } from "../context";
import { audit, denied } from "../trpc";

/** The return itself, its validation report, or the spreadsheet of its records (NCCIS only). */
export type ReturnFileKind = "file" | "report" | "records";

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
  const key = run ? { file: run.fileKey, report: run.reportKey, records: run.recordsKey }[params.file] : null;
  if (!run || run.status !== "completed" || !key) throw await denied(ctx, { ...event, code: "NOT_FOUND", detail: { reason: "no such file" } });
  await audit(ctx, ctx.db, event);
  const stem =
    run.kind === "nccis"
      ? `nccis-${run.referenceDate.slice(0, 7)}-${run.serialNo}`
      : `cin-census-${run.collectionYear - 1}-${String(run.collectionYear % 100).padStart(2, "0")}-${run.serialNo}`;
  if (params.file === "file") return { key, fileName: `${stem}.xml`, contentType: "application/xml" };
  return { key, fileName: `${stem}-${params.file === "report" ? "validation-report" : "records"}.csv`, contentType: "text/csv; charset=utf-8" };
}
