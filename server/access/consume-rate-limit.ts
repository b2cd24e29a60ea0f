import type { Redis } from 'ioredis';

export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * A fixed window that starts at a bucket's first call: one atomic round trip counts the call and reads how long the window has left.
 * The PTTL guard re-arms a counter that lost its expiry, which would otherwise block the bucket for good.
 */
const COUNT_CALL = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
	redis.call('PEXPIRE', KEYS[1], ARGV[1])
	ttl = tonumber(ARGV[1])
end
return { count, ttl }
`;

export type RateLimitVerdict = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/** Counts one call against `bucket` (for example `key:<id>` or `ip:<address>`). */
export const consumeRateLimit = async (redis: Redis, bucket: string, limitPerMinute: number): Promise<RateLimitVerdict> => {
	const [count, ttlMs] = (await redis.eval(COUNT_CALL, 1, `reelforge:rate-limit:${bucket}`, RATE_LIMIT_WINDOW_MS)) as [number, number];
	return {
		allowed: count <= limitPerMinute,
		remaining: Math.max(0, limitPerMinute - count),
		retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)),
	};
};
