import { TRPCError } from '@trpc/server';
import type { RenderBackendId } from '../../core/contracts/render-backends.js';
import { BackendUnavailableError, chooseRenderBackend as choose, type RequestedBackend } from '../../core/renders/choose-render-backend.js';
import type { ServerContext } from '../context.js';

/** The video's length where the props say it (most templates take `durationInSeconds`); null when the voice or the clips decide. */
const statedDurationSeconds = (props: Record<string, unknown>): number | null =>
	typeof props.durationInSeconds === 'number' && Number.isFinite(props.durationInSeconds) ? props.durationInSeconds : null;

/** Where a new render runs (BAD_REQUEST naming why when the asked-for backend cannot be used). The local queue's depth is only asked for when `auto` needs it. */
export const chooseRenderBackend = async (
	ctx: Pick<ServerContext, 'config' | 'renderQueues'>,
	requested: RequestedBackend,
	{ props, chunks }: { props: Record<string, unknown>; chunks: number },
): Promise<RenderBackendId> => {
	const counts =
		requested === 'auto' && ctx.config.lambda ? await ctx.renderQueues.of('local').getJobCounts('waiting', 'prioritized', 'delayed', 'active') : {};
	try {
		return choose({
			requested,
			chunks,
			config: ctx.config,
			localQueueDepth: Object.values(counts).reduce((sum, count) => sum + count, 0),
			durationSeconds: statedDurationSeconds(props),
		});
	} catch (error) {
		if (error instanceof BackendUnavailableError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
		throw error;
	}
};
