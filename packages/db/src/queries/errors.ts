/**
 * True when `error` (or what it wraps: drizzle puts the driver's error in `cause`) is PostgreSQL's
 * unique violation on `constraint`. postgres.js names it `constraint_name`, PGlite `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const pg = e as { code?: string; constraint_name?: string; constraint?: string };
    if (pg.code === "23505" && (pg.constraint_name === constraint || pg.constraint === constraint)) return true;
  }
  return false;
}

/** True when `error` (or what it wraps) is PostgreSQL's NOT NULL violation on `table`.`column`. */
export function isNotNullViolation(error: unknown, table: string, column: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const pg = e as { code?: string; table_name?: string; column_name?: string; table?: string; column?: string };
    if (pg.code === "23502" && (pg.table_name ?? pg.table) === table && (pg.column_name ?? pg.column) === column) return true;
  }
  return false;
}

/** What may be written to a log about a failure: nothing a person typed, nothing from a record. */
export interface FailureFacts {
  /** The error's class, like PostgresError or TypeError. */
  kind: string;
  /** PostgreSQL's SQLSTATE, like 22P05 (a NUL in text) or 42601 (a syntax error). */
  sqlState?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** Where in the code it happened: the stack without its first line, which holds the message. */
  where?: string;
}

/**
 * The facts of a failure that are safe to log. A database error's message, detail and query carry
 * the values of the statement ('Key (email)=(…) already exists', drizzle's "Failed query: … params:
 * …"), so only its codes and names are kept; and no error's message is kept, since ours may quote
 * the input too ("Not an ISO date: …"). Follows `cause` the way the helpers above do.
 */
export function failureFacts(error: unknown): FailureFacts {
  const outer = error instanceof Error ? error : null;
  const facts: FailureFacts = { kind: outer?.constructor.name ?? typeof error };
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const pg = e as {
      code?: unknown;
      constraint_name?: string;
      constraint?: string;
      table_name?: string;
      table?: string;
      column_name?: string;
      column?: string;
    };
    if (typeof pg.code === "string" && /^[0-9A-Z]{5}$/.test(pg.code)) {
      facts.kind = (e as Error).constructor?.name ?? facts.kind;
      facts.sqlState = pg.code;
      facts.constraint = pg.constraint_name ?? pg.constraint;
      facts.table = pg.table_name ?? pg.table;
      facts.column = pg.column_name ?? pg.column;
      break;
    }
  }
  if (outer?.stack)
    facts.where = outer.stack
      .split("\n")
      .slice(1, 6)
      .map((line) => line.trim())
      .join("\n");
  for (const key of Object.keys(facts) as (keyof FailureFacts)[]) if (facts[key] === undefined) delete facts[key];
  return facts;
}
