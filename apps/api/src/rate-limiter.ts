import type { RateLimiter } from "@hearth/api";
import type { Redis } from "ioredis";

/**
 * Fixed-window counting in Redis, shared by every API replica: one key per client, purpose and
 * window, counted with INCR. The key is given its expiry by the request that creates it, so every
 * other request costs a single command.
 */
export function redisRateLimiter(redis: Redis, prefix: string): RateLimiter {
  return {
    async hit(key, max, windowMs) {
      const window = Math.floor(Date.now() / windowMs);
      const redisKey = `${prefix}:rate-limit:${key}:${window}`;
      const count = await redis.incr(redisKey);
      if (count === 1) await redis.pexpire(redisKey, windowMs);
      return count <= max;
    },
  };
}
