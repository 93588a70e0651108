import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RateLimitConfig } from "../auth/config";

/** How long a mutation waits for Redis to connect before the in-process insurance limiter answers. */
const REDIS_WAIT_MS = 2000;

/** The outcome of counting one mutation against a key's budget. */
export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** Counts mutations per principal in fixed windows; shared through Redis when configured. */
export interface MutationRateLimiter {
  readonly points: number;
  readonly windowSeconds: number;
  /** "redis" or "memory". */
  readonly store: string;
  consume(actor: string, points?: number): Promise<RateDecision>;
  close(): Promise<void>;
}

/**
 * A rate limiter with `config.points` mutations per `config.windowSeconds` for each actor. With
 * `config.redisUrl` the counters live in Redis (every instance shares them), with an in-process limiter
 * as insurance while Redis cannot be reached; otherwise in process.
 */
export function createRateLimiter(config: RateLimitConfig): MutationRateLimiter {
  const options = { points: config.points, duration: config.windowSeconds, keyPrefix: config.keyPrefix ?? "content-mutations" };
  let limiter: RateLimiterAbstract;
  let redis: Redis | null = null;
  let ready: Promise<void> = Promise.resolve();
  let waited = false;
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    // Connection errors are retried by ioredis; the insurance limiter answers meanwhile. Never log the URL (it may hold a password).
    redis.on("error", () => {});
    const connecting = redis;
    ready = new Promise((resolve) => connecting.once("ready", () => resolve()));
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  } else {
    limiter = new RateLimiterMemory(options);
  }
  return {
    points: config.points,
    windowSeconds: config.windowSeconds,
    store: redis ? "redis" : "memory",
    async consume(actor, points = 1) {
      // Right after start-up the connection may not be up yet: wait for it once, briefly, rather than fall
      // back at once. Later, while Redis is down, the insurance limiter answers without waiting.
      if (redis && redis.status !== "ready" && !waited) {
        waited = true;
        await Promise.race([ready, new Promise((r) => setTimeout(r, REDIS_WAIT_MS).unref())]);
      }
      try {
        const res = await limiter.consume(actor, points);
        return { allowed: true, remaining: res.remainingPoints };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
    async close() {
      if (redis) redis.disconnect();
    },
  };
}
