import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { validationReportCsvLine, type ValidationReportRow } from "@hearth/domain";
import { writeText } from "./write-text";

export interface ValidationTotals {
  errorCount: number;
  queryCount: number;
  totalsByRule: Record<string, number>;
}

/**
 * A return's validation report, written while the return streams (the CIN census's and the NCCIS
 * return's alike). It lists errors before queries without holding either: errors go straight into
 * the report, queries into a scratch file appended at the end. Rows are gathered per batch with
 * `add` and written with `flush`, so memory holds one batch.
 */
export class ValidationReportFile {
  private readonly queriesPath = join(tmpdir(), `hearth-return-queries-${randomBytes(6).toString("hex")}.csv`);
  private readonly queries = createWriteStream(this.queriesPath);
  private readonly totals = new Map<string, number>();
  private errorCount = 0;
  private queryCount = 0;
  private errorText = "";
  private queryText = "";

  private constructor(private readonly report: Writable) {}

  static async open(report: Writable, header: string) {
    const file = new ValidationReportFile(report);
    await writeText(report, header);
    return file;
  }

  add(rows: readonly ValidationReportRow[]) {
    for (const row of rows) {
      this.totals.set(row.code, (this.totals.get(row.code) ?? 0) + 1);
      if (row.severity === "error") {
        this.errorCount++;
        this.errorText += validationReportCsvLine(row);
      } else {
        this.queryCount++;
        this.queryText += validationReportCsvLine(row);
      }
    }
  }

  async flush() {
    const errors = this.errorText;
    const queries = this.queryText;
    this.errorText = this.queryText = "";
    await writeText(this.report, errors);
    await writeText(this.queries, queries);
  }

  /** Writes what is gathered, then the queries after the errors; the report stream stays open for its store to commit. */
  async finish(): Promise<ValidationTotals> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.queries.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await pipeline(createReadStream(this.queriesPath), this.report, { end: false });
    return { errorCount: this.errorCount, queryCount: this.queryCount, totalsByRule: Object.fromEntries(this.totals) };
  }

  /** Removes the scratch file, whether the report finished or not. */
  async close() {
    this.queries.destroy();
    await rm(this.queriesPath, { force: true });
  }
}
