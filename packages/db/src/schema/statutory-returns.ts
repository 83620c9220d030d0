import { relations, sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { statutoryReturnStatuses } from "@hearth/domain";
import { id, lifecycleDates } from "./lifecycle";
import { staffUsers } from "./staff";

export const statutoryReturnStatus = pgEnum("statutory_return_status", statutoryReturnStatuses);

/**
 * One run of a statutory return (issue 14): who started it, how far the worker has got, and, once
 * complete, the stored file and validation report. `completed` is set in the same statement that
 * records the files, after they were renamed into place, so a row never points at a half-file.
 * At most one run per return and reference date is queued or running (the partial unique index), which is
 * how a second start while one runs is refused without a race.
 */
export const statutoryReturns = pgTable(
  "statutory_returns",
  {
    id: id(),
    /** The return: "cin_census" (yearly) or "nccis" (monthly); @hearth/db's StatutoryReturnKind. */
    kind: text("kind").notNull(),
    collectionYear: smallint("collection_year").notNull(),
    referenceDate: date("reference_date", { mode: "string" }).notNull(),
    /** The header's SerialNo: this run's number among the year's runs of the return. */
    serialNo: smallint("serial_no").notNull(),
    status: statutoryReturnStatus("status").notNull().default("queued"),
    startedBy: uuid("started_by")
      .notNull()
      .references(() => staffUsers.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    childrenInScope: integer("children_in_scope"),
    childrenDone: integer("children_done").notNull().default(0),
    errorCount: integer("error_count"),
    queryCount: integer("query_count"),
    /** Findings per rule code, for the page's totals: {"8500": 3, "8670Q": 12}. */
    totalsByRule: jsonb("totals_by_rule").$type<Record<string, number>>(),
    /** Why the run failed, in words for the returns page: never a stack trace or personal data. */
    failureReason: text("failure_reason"),
    fileKey: text("file_key"),
    /** The validation report (both returns). */
    reportKey: text("report_key"),
    /** A spreadsheet of the records sent (the NCCIS return's CSV); the census has none. */
    recordsKey: text("records_key"),
    fileBytes: integer("file_bytes"),
    ...lifecycleDates,
  },
  (t) => [
    // Per reference date, not year: the monthly NCCIS return has twelve in a year.
    uniqueIndex("statutory_returns_one_running_key")
      .on(t.kind, t.referenceDate)
      .where(sql`${t.status} in ('queued', 'running')`),
    check("statutory_returns_completed_check", sql`${t.status} <> 'completed' or (${t.fileKey} is not null and ${t.reportKey} is not null)`),
    index("statutory_returns_started_idx").on(t.startedAt),
  ],
);

export const statutoryReturnsRelations = relations(statutoryReturns, ({ one }) => ({
  startedByStaff: one(staffUsers, { fields: [statutoryReturns.startedBy], references: [staffUsers.id] }),
}));
