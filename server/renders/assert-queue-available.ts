import { TRPCError } from '@trpc/server';
import type { ServerContext } from '../context.js';

/**
 * Refuses new work while Redis is unreachable, before anything is stored: the caller gets 503 and retries,
 * instead of a request that hangs until Redis returns or a render row that was never queued.
 */
export const assertQueueAvailable = (ctx: ServerContext): void => {
	if (ctx.publisher.status !== 'ready') {
		throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The render queue (Redis) is unavailable; nothing was created. Try again shortly.' });
	}
};
