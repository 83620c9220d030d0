import type { Db } from "@hearth/db";
import type { JobQueues } from "@hearth/jobs";
import type { StaffScope, ThresholdLevel } from "@hearth/domain";
import { loadSession, type SignedInStaff } from "./auth/session";
import type { RateLimiter } from "./rate-limit";

export interface ApiConfig {
  /** A session not used for this long ends. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, however busy. */
  sessionLifetimeMs: number;
  /** Secure cookies everywhere except local development over http. */
  secureCookies: boolean;
  /** Failed sign-ins allowed per account, and per client address, in the window. */
  signInMaxFailures: number;
  signInWindowMs: number;
  /** Changes to bookings (book, cancel, add or remove a child) per client address per minute. */
  bookingChangesPerMinute: number;
  /** Future bookings one family may hold of one session type in one week. */
  bookingFairUsePerWeek: number;
  /** The advice line (issue 11 §1): where a child at immediate risk is sent, and what seniors confirm. */
  lcss: {
    mash: { name: string; phone: string };
    /** Levels whose every decision a senior practitioner confirms, on top of the domain's own reasons. */
    seniorConfirmationLevels: ThresholdLevel[];
  };
}

export const defaultApiConfig: ApiConfig = {
  sessionIdleMs: 30 * 60_000,
  sessionLifetimeMs: 12 * 3_600_000,
  secureCookies: true,
  signInMaxFailures: 5,
  signInWindowMs: 15 * 60_000,
  bookingChangesPerMinute: 20,
  bookingFairUsePerWeek: 3,
  lcss: {
    // A number from Ofcom's range kept for drama, so a demonstration never rings a real MASH.
    mash: { name: "Multi-Agency Safeguarding Hub (MASH)", phone: "01632 960 123" },
    seniorConfirmationLevels: [4],
  },
};

export interface CookieOptions {
  maxAgeSeconds?: number;
}

/** The HTTP layer's cookies, behind an interface so tests can call procedures without a server. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: CookieOptions): void;
  clear(name: string): void;
}

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
