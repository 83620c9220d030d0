import type { Db } from "@hearth/db";
import type { JobQueues } from "@hearth/jobs";
import type { StaffScope } from "@hearth/domain";
import { loadSession, type SignedInStaff } from "./auth/session";
import type { RateLimiter } from "./rate-limit";
import type { ApiConfig } from "./config";
import type { CookieJar } from "./cookies";

// Kept importable from here, where they were first defined; they live in their own files so that
// auth/session.ts can use them without importing this file, which imports it (a cycle).
export { defaultApiConfig, type ApiConfig } from "./config";
export type { CookieJar, CookieOptions } from "./cookies";

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  /**
   * Set by the HTTP layer when the browser says another site made the request (Sec-Fetch-Site,
   * or an Origin that is not ours). Absent when procedures are called directly, as in tests.
   */
  crossSite?: boolean;
  /** The HTTP method; absent when procedures are called directly. */
  method?: string;
}

export interface ContextOptions {
  db: Db;
  config: ApiConfig;
  meta: RequestMeta;
  cookies: CookieJar;
  /** Counts requests to the public booking procedures per client address. */
  rateLimiter: RateLimiter;
  /** Injected so tests can move time on; everything that needs "now" reads it from here. */
  now?: () => Date;
  /**
   * The job queues, to nudge the worker after a change that messages families. Optional: without
   * it the worker's own schedule still sends everything, a few seconds later.
   */
  jobs?: Pick<JobQueues, "enqueue">;
}

/** A context whose caller is signed in: what record-level use cases receive. */
export type ScopedContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };

export interface Context extends Required<Omit<ContextOptions, "jobs">> {
  jobs: ContextOptions["jobs"] | undefined;
  staff: SignedInStaff | null;
  scope: StaffScope | null;
}

/** Builds the context for one request: reads the session cookie and loads the member of staff. */
export async function createContext(options: ContextOptions): Promise<Context> {
  const now = options.now ?? (() => new Date());
  const staff = await loadSession(options.db, options.cookies, options.config, now());
  return {
    ...options,
    jobs: options.jobs,
    now,
    staff,
    scope: staff && { role: staff.role, areaId: staff.areaId, centreId: staff.centreId },
  };
}
