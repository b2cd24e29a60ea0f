import { selectComposition } from '@remotion/renderer';
import type { ChunkPlan, RenderJobData } from '../../../../core/contracts/render-job.js';
import { recordChunkCount } from '../../../../core/renders/record-chunk-count.js';
import type { RenderContext } from '../../render-context.js';
import { withRenderLease } from '../../sandbox/with-render-lease.js';
import type { ChunkCoordinator } from './chunk-coordinator.js';
import { planChunkRanges } from './plan-chunk-ranges.js';

export type SplitRenderInput = {
	data: RenderJobData;
	/** Narrated, validated props with media as the user gave it: each chunk's worker fetches its own copy. */
	props: Record<string, unknown>;
	/** The same props with media served to this process's browser, to measure the composition with. */
	mediaProps: Record<string, unknown>;
	serveUrl: string;
	timings: Pick<ChunkPlan, 'voiceoverMs' | 'prepareMs' | 'bundleMs'>;
	coordinator: ChunkCoordinator;
	ctx: Pick<RenderContext, 'db' | 'browser' | 'resolvedBrowser' | 'sandbox'>;
	signal: AbortSignal;
};

/**
 * The first step of a chunked render: measures the composition, splits its frames into ranges and queues one child
 * job per range for any worker to take. The render's own job then waits and is run again to join the chunks.
 */
export const splitRenderIntoChunks = async ({ data, props, mediaProps, serveUrl, timings, coordinator, ctx, signal }: SplitRenderInput): Promise<never> => {
	const composition = await withRenderLease(ctx.sandbox, signal, async ({ port }) =>
		selectComposition({
			serveUrl,
			port,
			id: data.template,
			inputProps: mediaProps,
			puppeteerInstance: await ctx.browser.get(),
			browserExecutable: ctx.resolvedBrowser.executable,
			chromeMode: ctx.resolvedBrowser.chromeMode,
			logLevel: 'error',
		}),
	);
	signal.throwIfAborted();
	const { framesPerChunk, ranges } = planChunkRanges(composition.durationInFrames, data.output.chunks);
	const plan: ChunkPlan = {
		durationInFrames: composition.durationInFrames,
		fps: composition.fps,
		width: Math.round(composition.width * data.output.scale),
		height: Math.round(composition.height * data.output.scale),
		framesPerChunk,
		chunkCount: ranges.length,
		...timings,
		chunksQueuedAt: Date.now(),
	};
	await recordChunkCount(ctx.db, data.renderId, ranges.length);
	return coordinator.queueChunks(
		plan,
		ranges.map((frameRange, index) => ({
			renderId: data.renderId,
			template: data.template,
			props,
			output: data.output,
			index,
			frameRange,
			durationInFrames: composition.durationInFrames,
		})),
	);
};
