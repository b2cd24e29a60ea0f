import type { ServerContext } from '../context.js';
import { isLoopbackAddress } from './is-loopback-address.js';

export type RateLimitBucket = { bucket: string; limitPerMinute: number };

/**
 * Whose allowance a call uses: its key's, else its client address's at the default limit.
 * Loopback peers without a key go unlimited: they are local processes (the demo, the studio, tests polling a render)
 * or a reverse proxy on the same host, where one shared address would throttle every client behind it together.
 * In-process callers (createCaller) have no address and are not limited either.
 */
export const rateLimitBucketOf = (ctx: Pick<ServerContext, 'apiKey' | 'clientIp' | 'config'>): RateLimitBucket | null => {
	if (ctx.apiKey) return { bucket: `key:${ctx.apiKey.id}`, limitPerMinute: ctx.apiKey.rateLimitPerMinute };
	if (!ctx.clientIp || isLoopbackAddress(ctx.clientIp)) return null;
	return { bucket: `ip:${ctx.clientIp}`, limitPerMinute: ctx.config.access.rateLimitPerMinute };
};
