import { TRPCError } from '@trpc/server';
import { jobIdOf, type RenderJobData } from '../../core/contracts/render-job.js';
import { recordFailure } from '../../core/renders/record-failure.js';
import type { ServerContext } from '../context.js';
import { withTimeout } from '../http/with-timeout.js';

const RETRY_BACKOFF_MS = 2000;
// Redis commands wait for a reconnect forever: a request that got in just as Redis went away must not hang with it.
const ENQUEUE_TIMEOUT_MS = 5000;

/**
 * Puts a recorded render on its backend's queue; if the queue cannot take it in time, the render is marked failed with
 * that reason (a job that still arrives later finds it finished, and is not rendered).
 */
export const enqueueRender = async (ctx: ServerContext, data: RenderJobData, priority: number): Promise<void> => {
	try {
		await withTimeout(
			ctx.renderQueues.of(data.backend).add('render', data, {
				jobId: jobIdOf(data.renderId),
				priority,
				attempts: ctx.config.renderAttempts,
				backoff: { type: 'exponential', delay: RETRY_BACKOFF_MS },
				removeOnComplete: { age: 7 * 24 * 3600 },
				removeOnFail: { age: 30 * 24 * 3600 },
			}),
			ENQUEUE_TIMEOUT_MS,
			'Redis',
		);
	} catch (error) {
		await recordFailure(ctx.db, data.renderId, { message: 'Could not be queued: the queue is unavailable', final: true, attempt: 0 });
		ctx.logger.error('enqueue failed', { renderId: data.renderId, error: String(error) });
		throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The render queue is unavailable; try again shortly' });
	}
};
