import { Redis, type RedisOptions } from "ioredis";

/**
 * A Redis connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ requires for workers,
 * so a command waits for Redis to come back instead of failing a job mid-flight.
 */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}

/** Queue keys are prefixed so several deployments (or test files) can share one Redis. */
export interface QueueSettings {
  connection: Redis;
  prefix: string;
}

/** BullMQ silently loses jobs if Redis evicts keys under memory pressure; say so at start. */
export async function evictionPolicyWarning(redis: Redis): Promise<string | null> {
  const reply = (await redis.config("GET", "maxmemory-policy")) as string[];
  const policy = reply[1];
  return policy === "noeviction"
    ? null
    : `Redis maxmemory-policy is "${policy}", not "noeviction": queued jobs can be evicted and lost. Set maxmemory-policy noeviction.`;
}
