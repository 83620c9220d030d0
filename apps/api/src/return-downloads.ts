import { authoriseReturnDownload, type Context, type ReturnFileKind } from "@hearth/api";
import type { ReturnFileStore } from "@hearth/jobs";
import { TRPCError } from "@trpc/server";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isCrossSite } from "./cross-site";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * GET /returns/:returnId/file, /report and /records: a statutory return's file, validation report and
 * (NCCIS) spreadsheet of its records, streamed
 * from the return file store (every replica reads the same store). Who may download, and the audit
 * row, are the API package's (authoriseReturnDownload); this route only moves bytes. A plain GET,
 * so a link downloads; the address holds nothing but the run's id, and another site's link is refused.
 */
export function registerReturnDownloads(
  app: FastifyInstance,
  options: { store: ReturnFileStore; context: (req: FastifyRequest, reply: FastifyReply) => Promise<Context> },
) {
  app.get<{ Params: { returnId: string; file: string } }>("/returns/:returnId/:file", async (req, reply) => {
    const { returnId, file } = req.params;
    const plain = (code: number, text: string) => reply.code(code).type("text/plain; charset=utf-8").header("cache-control", "no-store").send(text);
    if (!UUID.test(returnId) || !["file", "report", "records"].includes(file)) return plain(404, "There is no such return file.");
    if (isCrossSite(req)) return plain(403, "This download was started from another website, so it was refused. Open Hearth directly.");
    const ctx = await options.context(req, reply);
    if (!ctx.staff) return plain(401, "Sign in to Hearth to download this file.");
    let download;
    try {
      download = await authoriseReturnDownload(ctx, { returnId, file: file as ReturnFileKind });
    } catch (error) {
      if (error instanceof TRPCError) return plain(statusOf[error.code] ?? 400, error.message);
      throw error;
    }
    const opened = await options.store.open(download.key);
    if (!opened) return plain(404, "The file is no longer in the returns folder: start the return again.");
    return reply
      .type(download.contentType)
      .header("content-length", opened.bytes)
      .header("content-disposition", `attachment; filename="${download.fileName}"`)
      .header("cache-control", "no-store")
      .send(opened.stream);
  });
}
