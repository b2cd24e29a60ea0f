import type { RenderBackend } from '../../core/contracts/render-job.js';
import type { ServerContext } from '../context.js';

/** The queue a render's job goes on: Lambda renders have their own, so waiting on AWS never holds a local worker. */
export const renderQueueOf = (ctx: Pick<ServerContext, 'queue' | 'lambdaQueue'>, backend: RenderBackend) =>
	backend === 'lambda' ? ctx.lambdaQueue : ctx.queue;
