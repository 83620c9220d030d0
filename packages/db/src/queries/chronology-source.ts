import type { ChronologyKind, ChronologyService } from "@hearth/domain";
import { sql, type SQL } from "drizzle-orm";

/**
 * Where a service's events come from. A later issue adds its events by adding one source to
 * `chronologySources`; the query below never changes. `events` is one SELECT giving, in this
 * order: id (text, unique across sources), occurred_at (timestamptz), service, kind, title,
 * summary, person_ids (text[] of visible members only), significant, recorded_by, date_only.
 * `$members` (a uuid[] of the visible members) and `$family` are given to it already bound.
 */
export interface ChronologySource {
  service: ChronologyService;
  kinds: readonly ChronologyKind[];
  events(family: SQL, members: SQL): SQL;
}

/** Chronology times are London times, whatever the server's zone. */
export const LONDON = sql.raw(`'Europe/London'`);
