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
