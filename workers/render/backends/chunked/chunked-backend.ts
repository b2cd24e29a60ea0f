import { RENDER_CHUNK_JOB_NAME, renderChunkJobDataSchema } from '../../../../core/contracts/render-job.js';
import { mediaOptionsOf, prepareMedia } from '../../media/prepare-media.js';
import { narratedProps } from '../../narration/narrated-props.js';
import { RenderInputError } from '../../render-errors.js';
import { renderWholeVideo } from '../local/render-whole-video.js';
import type { ProduceInput, RenderBackend } from '../render-backend.js';
import { createChunkCoordinator } from './chunk-coordinator.js';
import { joinRenderChunks } from './join-render-chunks.js';
import { runRenderChunk } from './run-render-chunk.js';
import { splitRenderIntoChunks } from './split-render-into-chunks.js';

/** The first run splits the video into frame ranges any worker renders (child jobs); the run after them joins them. */
const produceChunked = async (input: ProduceInput) => {
	const { data, attempt, ctx, outputPath, signal, report } = input;
	// No queue behind the render (the CLI, benchmarks): nobody else could take chunks, so it renders in one piece.
	if (!attempt.queued) return renderWholeVideo(input);
	const coordinator = createChunkCoordinator(attempt.queued);
	if (data.chunking) return joinRenderChunks({ renderId: data.renderId, plan: data.chunking, outputPath, coordinator, ctx, signal, report });
	const { props, voiceoverMs } = await narratedProps(data, ctx, signal);
	const prepareStart = Date.now();
	const media = await prepareMedia(props, ctx.assets, mediaOptionsOf(ctx, signal));
	try {
		const prepareMs = Date.now() - prepareStart;
		report({ stage: 'bundling', progress: 0.03, renderedFrames: 0, encodedFrames: 0, totalFrames: 0 }, true);
		const bundleStart = Date.now();
		const { serveUrl } = await ctx.getServeUrl();
		const timings = { voiceoverMs, prepareMs, bundleMs: Date.now() - bundleStart };
		return await splitRenderIntoChunks({ data, props, mediaProps: media.props, serveUrl, timings, coordinator, ctx, signal });
	} finally {
		media.release();
	}
};

/** Frame ranges rendered by any free local workers at once, then joined without re-encoding. */
export const chunkedBackend: RenderBackend = {
	produce: produceChunked,
	jobs: {
		[RENDER_CHUNK_JOB_NAME]: (job, attempt, ctx) => {
			const parsed = renderChunkJobDataSchema.safeParse(job.data);
			if (!parsed.success) throw new RenderInputError(`Malformed chunk job data: ${parsed.error.message}`);
			return runRenderChunk(parsed.data, attempt, ctx);
		},
	},
};
