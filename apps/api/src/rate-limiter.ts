import type { RateLimiter } from "@hearth/api";
import type { Redis } from "ioredis";

/**
 * Fixed-window counting in Redis, shared by every API replica: one key per client, purpose and
 * window, counted with INCR and expiring with the window. One round trip per request.
 */
export function redisRateLimiter(redis: Redis, prefix: string): RateLimiter {
  return {
    async hit(key, max, windowMs) {
      const window = Math.floor(Date.now() / windowMs);
      const redisKey = `${prefix}:rate-limit:${key}:${window}`;
      const replies = await redis.pipeline().incr(redisKey).pexpire(redisKey, windowMs).exec();
      const [error, count] = replies?.[0] ?? [new Error("no reply from Redis"), 0];
      if (error) throw error;
      return Number(count) <= max;
    },
  };
}
