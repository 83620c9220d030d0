/**
 * What a rule that can refuse returns: the new value, or every reason it was refused, in words a
 * practitioner can act on. Reasons are collected rather than thrown so a screen can show them all.
 */
export type Decision<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

export function allow<T>(value: T): Decision<T> {
  return { ok: true, value };
}

export function refuse<T = never>(...reasons: string[]): Decision<T> {
  return { ok: false, reasons };
}

/** Allow when no reasons were found, otherwise refuse with all of them. */
export function decide<T>(reasons: string[], value: () => T): Decision<T> {
  return reasons.length === 0 ? allow(value()) : { ok: false, reasons };
}
