import { TRPCError } from '@trpc/server';
import type { RenderBackend } from '../../core/contracts/render-job.js';
import { chooseBackend, LambdaNotConfiguredError, type RequestedBackend } from '../../core/lambda/choose-backend.js';
import type { ServerContext } from '../context.js';

/** The video's length where the props say it (most templates take `durationInSeconds`); null when the voice or the clips decide. */
const statedDurationSeconds = (props: Record<string, unknown>): number | null =>
	typeof props.durationInSeconds === 'number' && Number.isFinite(props.durationInSeconds) ? props.durationInSeconds : null;

/** Where a new render runs. The local queue's depth is only asked for when it can change the answer. */
export const chooseRenderBackend = async (ctx: ServerContext, requested: RequestedBackend, props: Record<string, unknown>): Promise<RenderBackend> => {
	const lambda = ctx.config.lambda;
	const counts = requested === 'auto' && lambda ? await ctx.queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active') : {};
	try {
		return chooseBackend({
			requested,
			lambdaConfigured: lambda !== null,
			queueDepth: Object.values(counts).reduce((sum, count) => sum + count, 0),
			durationSeconds: statedDurationSeconds(props),
			thresholds: { queueDepth: lambda?.autoQueueDepth ?? 0, durationSeconds: lambda?.autoMinSeconds ?? 0 },
		});
	} catch (error) {
		if (error instanceof LambdaNotConfiguredError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
		throw error;
	}
};
