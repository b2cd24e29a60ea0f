import { TRPCError } from '@trpc/server';
import { jobIdOf, type RenderJobData } from '../../core/contracts/render-job.js';
import type { ServerContext } from '../context.js';
import { renderQueueOf } from './render-queue-of.js';

const RETRY_BACKOFF_MS = 2000;

/** Puts a recorded render on the queue; if the queue cannot take it, the render is marked failed with that reason. */
export const enqueueRender = async (ctx: ServerContext, data: RenderJobData, priority: number): Promise<void> => {
	try {
		await renderQueueOf(ctx, data.backend).add('render', data, {
			jobId: jobIdOf(data.renderId),
			priority,
			attempts: ctx.config.renderAttempts,
			backoff: { type: 'exponential', delay: RETRY_BACKOFF_MS },
			removeOnComplete: { age: 7 * 24 * 3600 },
			removeOnFail: { age: 30 * 24 * 3600 },
		});
	} catch (error) {
		await ctx.db.render.update({ where: { id: data.renderId }, data: { status: 'failed', error: 'Could not be queued: the queue is unavailable' } });
		ctx.logger.error('enqueue failed', { renderId: data.renderId, error: String(error) });
		throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The render queue is unavailable; try again shortly' });
	}
};
