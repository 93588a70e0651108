import { createRateLimiter } from "../../../src/ratelimit/limiter";

// The limiter on its own: a fixed window per actor; with an unreachable Redis it falls back to counting
// in process (after one short wait for the connection), so mutations are never unlimited or stuck.

describe("createRateLimiter", () => {
  it("counts per actor in process", async () => {
    const limiter = createRateLimiter({ points: 2, windowSeconds: 30, redisUrl: null });
    expect(limiter.store).toBe("memory");
    expect(await limiter.consume("key:1")).toEqual({ allowed: true, remaining: 1 });
    expect(await limiter.consume("key:1")).toEqual({ allowed: true, remaining: 0 });
    const refused = await limiter.consume("key:1");
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect((await limiter.consume("key:2")).allowed).toBe(true);
  });

  it("with Redis unreachable, falls back to counting in process without waiting on every mutation", async () => {
    const limiter = createRateLimiter({ points: 2, windowSeconds: 30, redisUrl: "redis://127.0.0.1:1", keyPrefix: "unreachable" });
    try {
      expect(limiter.store).toBe("redis");
      const first = Date.now();
      expect((await limiter.consume("key:1")).allowed).toBe(true);
      expect(Date.now() - first).toBeLessThan(3_000);
      const second = Date.now();
      expect((await limiter.consume("key:1")).allowed).toBe(true);
      expect((await limiter.consume("key:1")).allowed).toBe(false);
      expect(Date.now() - second).toBeLessThan(500);
    } finally {
      await limiter.close();
    }
  });
});
