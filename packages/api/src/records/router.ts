import { personAccessLogSchema as personAccessLogInput } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { csvDownloadSchema, personAccessLogSchema, subjectAccessExportSchema } from "./output-schemas";
import { downloadPersonAccessLog, readPersonAccessLog } from "./person-access-log";
import { subjectAccessExport } from "./subject-access";

/** Answering for a person's records (issue 15 §3): who looked at them, and everything held about them. */
export const recordsRouter = createTRPCRouter({
  accessLog: roleProcedure("records.accessLog")
    .input(personAccessLogInput)
    .output(personAccessLogSchema)
    .query(({ ctx, input }) => readPersonAccessLog(ctx, input.personId)),

  /** A mutation, not a query: each download is a disclosure of its own, audited as one. */
  accessLogCsv: roleProcedure("records.accessLog")
    .input(personAccessLogInput)
    .output(csvDownloadSchema)
    .mutation(({ ctx, input }) => downloadPersonAccessLog(ctx, input.personId)),

  /** Everything held about one person, for a subject access request; a mutation, as each export is audited. */
  subjectAccess: roleProcedure("records.subjectAccess")
    .input(personAccessLogInput)
    .output(subjectAccessExportSchema)
    .mutation(({ ctx, input }) => subjectAccessExport(ctx, input.personId)),
});
