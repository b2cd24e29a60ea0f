import fs from 'node:fs';
import { combineChunks, makeCancelSignal } from '@remotion/renderer';
import type { ChunkPlan } from '../../../../core/contracts/render-job.js';
import { span } from '../../progress-span.js';
import type { ProducedVideo, ReportProgress } from '../../render-attempt.js';
import type { RenderContext } from '../../render-context.js';
import { mixPathOf } from '../../render-video.js';
import type { ChunkCoordinator } from './chunk-coordinator.js';
import { chunkDirKeyOf } from './chunk-storage-keys.js';
import { joinChunkMixes } from './join-chunk-mixes.js';

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
 * The last step of a chunked render: joins the chunks' video (MPEG-TS, concatenated without re-encoding) with
 * Remotion's combineChunks, and their PCM mixes end to end beside it (mixPathOf), for the delivery step to encode once.
 */
export const joinRenderChunks = async ({ renderId, plan, outputPath, coordinator, ctx, signal, report }: JoinRenderChunksInput): Promise<ProducedVideo> => {
	const results = (await coordinator.results()).sort((a, b) => a.index - b.index);
	const missing = Array.from({ length: plan.chunkCount }, (_, index) => index).filter((index) => results[index]?.index !== index);
	if (missing.length > 0) throw new Error(`Render ${renderId} cannot be joined: chunk(s) ${missing.join(', ')} of ${plan.chunkCount} are missing`);
	const frames = { renderedFrames: plan.durationInFrames, encodedFrames: 0, totalFrames: plan.durationInFrames };
	report({ stage: 'encoding', progress: 0.9, ...frames }, true);

	// The chunks as local files: in place when storage is a directory, downloads into the media cache from a bucket.
	const copies = await Promise.all(
		results.map(async (chunk) => ({
			video: await ctx.storage.openLocal(chunk.videoKey),
			audio: chunk.audioKey ? await ctx.storage.openLocal(chunk.audioKey) : null,
		})),
	);
	const mix = mixPathOf(outputPath);
	const { cancelSignal, cancel } = makeCancelSignal();
	signal.addEventListener('abort', cancel, { once: true });
	try {
		await combineChunks({
			outputLocation: outputPath,
			videoFiles: copies.map((copy) => copy.video.path),
			// The picture only: the chunks' PCM mixes are joined below, and encoded once by the delivery step.
			audioFiles: [],
			codec: 'h264',
			fps: plan.fps,
			framesPerChunk: plan.framesPerChunk,
			compositionDurationInFrames: plan.durationInFrames,
			preferLossless: false,
			logLevel: 'error',
			cancelSignal,
			onProgress: ({ totalProgress }) =>
				report({ stage: 'encoding', progress: span(0.9, 0.95, totalProgress), ...frames, encodedFrames: Math.round(totalProgress * plan.durationInFrames) }),
		});
		if (copies.every((copy) => copy.audio)) {
			await joinChunkMixes({
				files: copies.map((copy) => copy.audio?.path ?? ''),
				frames: results.map((chunk) => chunk.frames),
				fps: plan.fps,
				output: mix,
				signal,
			});
		}
	} finally {
		signal.removeEventListener('abort', cancel);
		for (const copy of copies) {
			copy.video.release();
			copy.audio?.release();
		}
	}
	signal.throwIfAborted();
	const encoders = [...new Set(results.map((chunk) => chunk.encoder))];
	return {
		file: outputPath,
		// PCM end to end: no encoder delay to drop.
		audio: fs.existsSync(mix) ? { file: mix, encoderDelaySamples: 0 } : null,
		video: { encoder: encoders.join('+'), width: plan.width, height: plan.height, fps: plan.fps, durationInFrames: plan.durationInFrames },
		timings: { voiceoverMs: plan.voiceoverMs, prepareMs: plan.prepareMs, bundleMs: plan.bundleMs, renderMs: Date.now() - plan.chunksQueuedAt },
		record: { chunkCount: plan.chunkCount },
		// Once the joined video is stored, its chunks go (from the bucket or the directory).
		cleanup: async () => {
			await ctx.storage.removePrefix(`${chunkDirKeyOf(renderId)}/`);
		},
	};
};
