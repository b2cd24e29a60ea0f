import fs from 'node:fs';
import { combineChunks, makeCancelSignal } from '@remotion/renderer';
import type { ChunkPlan } from '../../../../core/contracts/render-job.js';
import { span } from '../../progress-span.js';
import type { ProducedVideo, ReportProgress } from '../../render-attempt.js';
import type { RenderContext } from '../../render-context.js';
import type { ChunkCoordinator } from './chunk-coordinator.js';
import { chunkDirKeyOf } from './chunk-storage-keys.js';

export type JoinRenderChunksInput = {
	renderId: string;
	plan: ChunkPlan;
	outputPath: string;
	coordinator: ChunkCoordinator;
	ctx: Pick<RenderContext, 'storage'>;
	signal: AbortSignal;
	report: ReportProgress;
};

/**
 * The last step of a chunked render: joins the chunks' video (MPEG-TS, concatenated without re-encoding) and audio
 * (AAC, cut at the chunk edges) with Remotion's combineChunks, the same join Remotion Lambda uses.
 */
export const joinRenderChunks = async ({ renderId, plan, outputPath, coordinator, ctx, signal, report }: JoinRenderChunksInput): Promise<ProducedVideo> => {
	const results = (await coordinator.results()).sort((a, b) => a.index - b.index);
	const missing = Array.from({ length: plan.chunkCount }, (_, index) => index).filter((index) => results[index]?.index !== index);
	if (missing.length > 0) throw new Error(`Render ${renderId} cannot be joined: chunk(s) ${missing.join(', ')} of ${plan.chunkCount} are missing`);
	const frames = { renderedFrames: plan.durationInFrames, encodedFrames: 0, totalFrames: plan.durationInFrames };
	report({ stage: 'encoding', progress: 0.9, ...frames }, true);

	const { cancelSignal, cancel } = makeCancelSignal();
	signal.addEventListener('abort', cancel, { once: true });
	try {
		await combineChunks({
			outputLocation: outputPath,
			videoFiles: results.map((chunk) => ctx.storage.pathOf(chunk.videoKey)),
			audioFiles: results.flatMap((chunk) => (chunk.audioKey ? [ctx.storage.pathOf(chunk.audioKey)] : [])),
			codec: 'h264',
			audioCodec: 'aac',
			fps: plan.fps,
			framesPerChunk: plan.framesPerChunk,
			compositionDurationInFrames: plan.durationInFrames,
			preferLossless: false,
			logLevel: 'error',
			cancelSignal,
			onProgress: ({ totalProgress }) =>
				report({ stage: 'encoding', progress: span(0.9, 0.95, totalProgress), ...frames, encodedFrames: Math.round(totalProgress * plan.durationInFrames) }),
		});
	} finally {
		signal.removeEventListener('abort', cancel);
	}
	signal.throwIfAborted();
	const encoders = [...new Set(results.map((chunk) => chunk.encoder))];
	return {
		file: outputPath,
		video: { encoder: encoders.join('+'), width: plan.width, height: plan.height, fps: plan.fps, durationInFrames: plan.durationInFrames },
		timings: { voiceoverMs: plan.voiceoverMs, prepareMs: plan.prepareMs, bundleMs: plan.bundleMs, renderMs: Date.now() - plan.chunksQueuedAt },
		record: { chunkCount: plan.chunkCount },
		cleanup: () => fs.promises.rm(ctx.storage.pathOf(chunkDirKeyOf(renderId)), { recursive: true, force: true }),
	};
};
