import { TRPCError } from "@trpc/server";

/**
 * Fixed-window request counting for the public booking procedures, per client address. The API
 * server counts in Redis so every replica shares one count; see apps/api/src/rate-limiter.ts.
 */
export interface RateLimiter {
  /** Counts one request under `key`; false once more than `max` arrive in the current window. */
  hit(key: string, max: number, windowMs: number): Promise<boolean>;
}

/** Views and searches are cheap and come in bursts as a family filters, so they may run this much more often. */
export const READS_PER_CHANGE = 5;

export const TOO_MANY_REQUESTS = "You have made too many requests. Wait a minute, then try again.";

export function tooManyRequests() {
  return new TRPCError({ code: "TOO_MANY_REQUESTS", message: TOO_MANY_REQUESTS });
}
