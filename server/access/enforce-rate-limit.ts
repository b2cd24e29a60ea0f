import { TRPCError } from '@trpc/server';
import type { ServerContext } from '../context.js';
import { withTimeout } from '../http/with-timeout.js';
import { consumeRateLimit } from './consume-rate-limit.js';
import { rateLimitBucketOf } from './rate-limit-bucket-of.js';
import { RateLimitedError } from './rate-limited-error.js';

const RATE_LIMIT_TIMEOUT_MS = 1000;

/** Counts the call and throws TOO_MANY_REQUESTS (HTTP 429, with Retry-After) once its bucket is over the limit. */
export const enforceRateLimit = async (ctx: ServerContext): Promise<void> => {
	const limit = rateLimitBucketOf(ctx);
	if (!limit) return;
	// Without Redis the limit cannot be counted. Failing open keeps reads (templates, render status) answering;
	// anything that needs the queue fails on its own, and /readyz says why.
	if (ctx.publisher.status !== 'ready') return;
	const verdict = await withTimeout(consumeRateLimit(ctx.publisher, limit.bucket, limit.limitPerMinute), RATE_LIMIT_TIMEOUT_MS, 'Redis').catch(
		(error: unknown) => {
			ctx.logger.warn('rate limit not counted', { error: error instanceof Error ? error.message : String(error) });
			return null;
		},
	);
	if (!verdict || verdict.allowed) return;
	throw new TRPCError({
		code: 'TOO_MANY_REQUESTS',
		message: `Rate limit of ${limit.limitPerMinute} calls per minute reached; retry in ${verdict.retryAfterSeconds} s`,
		cause: new RateLimitedError(verdict.retryAfterSeconds),
	});
};
