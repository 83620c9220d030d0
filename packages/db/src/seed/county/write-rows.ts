import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { PostgresJsSession } from "drizzle-orm/postgres-js/session";
import type { Sql } from "postgres";
import type { Db } from "../../client";

export type Progress = (stage: string, done: number, total: number) => void;

/** Writes the county's rows into one table; COPY on PostgreSQL, batched INSERTs on PGlite. */
export type RowWriter = (table: PgTable, rows: readonly object[], stage: string) => Promise<void>;

/**
 * The fastest writer `tx` supports. On PostgreSQL (postgres.js) rows are streamed with COPY FROM
 * STDIN on the transaction's own connection, so they stay in the county's one transaction: about
 * ten times the rate of multi-row INSERTs. PGlite's driver has no COPY from a stream, and the
 * county `pnpm start` writes there is small, so it keeps the INSERTs.
 */
export function rowWriterFor(tx: Db, progress: Progress): RowWriter {
  const session = (tx as unknown as { session: unknown }).session;
  if (session instanceof PostgresJsSession) {
    const client = (session as unknown as { client: Sql }).client;
    return (table, rows, stage) => copyRows(client, table, rows, stage, progress);
  }
  return (table, rows, stage) => insertRows(tx, table, rows, stage, progress);
}

/** Multi-row INSERTs kept under PostgreSQL's 65,535 parameters per statement. */
export async function insertRows(tx: Db, table: PgTable, rows: readonly object[], stage: string, progress: Progress) {
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  const batch = Math.max(1, Math.min(5_000, Math.floor(30_000 / columns)));
  progress(stage, 0, rows.length);
  for (let i = 0; i < rows.length; i += batch) {
    await tx.insert(table).values(rows.slice(i, i + batch));
    progress(stage, Math.min(i + batch, rows.length), rows.length);
  }
}

const CHUNK = 2_000;

/**
 * COPY … FROM STDIN in text format. The columns are the first row's keys (every row of a table has
 * the same keys), so columns left out take their defaults as with an INSERT.
 */
export async function copyRows(client: Sql, table: PgTable, rows: readonly object[], stage: string, progress: Progress) {
  progress(stage, 0, rows.length);
  if (!rows.length) return;
  const byKey = getTableColumns(table);
  const keys = Object.keys(rows[0]!);
  const names = keys.map((k) => {
    const column = byKey[k];
    if (!column) throw new Error(`${getTableName(table)} has no column for ${k}`);
    return column.name;
  });
  const copy = client`copy ${client(getTableName(table))} (${client(names)}) from stdin`;
  const refused = refusalOf(copy);
  const stream = await copy.writable();
  // A JSON column holding an array (a measure's item scores) is JSON, not a PostgreSQL array.
  const jsonKeys = new Set(keys.filter((k) => byKey[k]!.dataType === "json"));
  function* lines() {
    for (let i = 0; i < rows.length; i += CHUNK) {
      let text = "";
      for (const row of rows.slice(i, i + CHUNK)) text += copyLine(row as Record<string, unknown>, keys, jsonKeys);
      yield text;
      progress(stage, Math.min(i + CHUNK, rows.length), rows.length);
    }
  }
  await Promise.race([pipeline(Readable.from(lines()), stream), refused]);
}

/**
 * Rejects with PostgreSQL's error when it refuses the COPY. postgres.js (3.4) has already answered
 * `.writable()` with the stream by then, so when the refusal comes after the last row the error
 * has nowhere to go and the stream waits for ever for the server to confirm; the statement's own
 * reject is the one place it is still reported.
 */
function refusalOf(query: object): Promise<never> {
  const q = query as { reject: (error: unknown) => void };
  const reject = q.reject;
  const refused = new Promise<never>((_, fail) => {
    q.reject = (error) => {
      fail(error instanceof Error ? error : new Error(String(error)));
      reject(error);
    };
  });
  refused.catch(() => {});
  return refused;
}

/** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
export function copyLine(row: Record<string, unknown>, keys: readonly string[], jsonKeys: ReadonlySet<string> = new Set()): string {
  return keys.map((k) => (jsonKeys.has(k) && row[k] != null ? escapeText(JSON.stringify(row[k])) : copyValue(row[k]))).join("\t") + "\n";
}

const escapeText = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  if (typeof value === "object") return escapeText(JSON.stringify(value));
  return escapeText(value as string);
}

/** A one-dimensional PostgreSQL array literal with every element quoted: {"a","b"}. */
function arrayLiteral(values: readonly unknown[]): string {
  // The county writes arrays of text only (census codes, indicator codes).
  const items = values.map((v) => (v === null || v === undefined ? "NULL" : `"${(v as string).replace(/[\\"]/g, (c) => `\\${c}`)}"`));
  return `{${items.join(",")}}`;
}
