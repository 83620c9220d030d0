import { hashToken } from "@hearth/db";
import type { Context } from "../context";
import { tooManyRequests } from "../rate-limit";

const HOUR_MS = 3_600_000;

/** Counts a request from this client address against the hourly limit, in Redis so every replica shares it. */
export async function limitPerAddress(ctx: Context, kind: "submit" | "confirm"): Promise<void> {
  if (!(await ctx.rateLimiter.hit(`advice-${kind}:${ctx.meta.ip}`, ctx.config.adviceRequests.perAddressPerHour, HOUR_MS))) throw tooManyRequests();
}

/** Counts a request for this email address; keyed by its hash, so Redis holds no address. */
export async function limitPerEmail(ctx: Context, email: string): Promise<void> {
  if (!(await ctx.rateLimiter.hit(`advice-email:${hashToken(email)}`, ctx.config.adviceRequests.perEmailPerHour, HOUR_MS))) throw tooManyRequests();
}
