import path from 'node:path';
import { type RenderChunkResult, type RenderOutputOptions, renderOutputOptionsSchema } from '../../core/contracts/render-job.js';
import { resolveDelivery } from '../../core/delivery/resolve-delivery.js';
import { chunkAudioKeyOf, chunkVideoKeyOf } from '../../workers/render/backends/chunked/chunk-storage-keys.js';
import { joinRenderChunks } from '../../workers/render/backends/chunked/join-render-chunks.js';
import { planChunkRanges } from '../../workers/render/backends/chunked/plan-chunk-ranges.js';
import { type FinishedDelivery, finishDeliveredFile } from '../../workers/render/delivery/finish-delivered-file.js';
import type { ProducedVideo } from '../../workers/render/render-attempt.js';
import type { RenderContext } from '../../workers/render/render-context.js';
import { renderSettingsOf } from '../../workers/render/render-settings-of.js';
import { renderVideo } from '../../workers/render/render-video.js';
import type { SyncMarksProps } from '../fixtures/sync-composition/SyncMarks.js';
import { makeTempDir } from './temp-dir.js';

export type SyncMarksRender = { produced: ProducedVideo; finished: FinishedDelivery; delivered: string };

const noProgress = () => {};

/**
 * Renders tests/fixtures/sync-composition's `sync-marks` the way the worker's backends do (whole: renderVideo; in
 * `chunks` frame ranges: renderVideo per chunk, stored, then the chunked backend's own join), then the delivery step
 * every backend's file goes through. Returns the produced file (what Reelforge delivered before Issue 16) and the
 * delivered one.
 */
export const renderSyncMarks = async (
	ctx: RenderContext,
	serveUrl: string,
	props: Partial<SyncMarksProps> & { clickFrames: number[] },
	{ output: requested = {}, chunks = 1, name = 'sync' }: { output?: Partial<RenderOutputOptions>; chunks?: number; name?: string } = {},
): Promise<SyncMarksRender> => {
	const output = renderOutputOptionsSchema.parse({ ...requested, chunks });
	const dir = makeTempDir(`sync-${name}`);
	const inputProps: SyncMarksProps = { patches: ['#808080'], transparent: false, ...props };
	const settings = await renderSettingsOf(ctx);
	const signal = new AbortController().signal;
	const file = path.join(dir, `${name}.produced`);
	let produced: ProducedVideo;
	if (chunks === 1) {
		const video = await renderVideo({
			serveUrl,
			compositionId: 'sync-marks',
			inputProps,
			outputPath: file,
			output,
			...settings,
			signal,
			onProgress: noProgress,
		});
		const { audio, ...facts } = video;
		produced = { file, audio, video: facts, timings: { voiceoverMs: 0, prepareMs: 0, bundleMs: 0, renderMs: 0 }, record: {} };
	} else {
		const durationInFrames = inputProps.durationInFrames ?? 60;
		const { framesPerChunk, ranges } = planChunkRanges(durationInFrames, chunks);
		const renderId = `${name}-${Date.now()}`;
		const results: RenderChunkResult[] = [];
		for (const [index, frameRange] of ranges.entries()) {
			const video = path.join(dir, `chunk${index}.ts`);
			const audio = path.join(dir, `chunk${index}.wav`);
			const rendered = await renderVideo({
				serveUrl,
				compositionId: 'sync-marks',
				inputProps,
				outputPath: video,
				output,
				...settings,
				signal,
				onProgress: noProgress,
				chunk: { frameRange, audioOutputPath: audio },
			});
			await ctx.storage.putFile(chunkVideoKeyOf(renderId, index), video);
			await ctx.storage.putFile(chunkAudioKeyOf(renderId, index), audio);
			results.push({
				index,
				videoKey: chunkVideoKeyOf(renderId, index),
				audioKey: chunkAudioKeyOf(renderId, index),
				frames: frameRange[1] - frameRange[0] + 1,
				encoder: rendered.encoder,
				renderMs: 0,
			});
		}
		const plan = {
			durationInFrames,
			fps: 30,
			width: inputProps.width ?? 320,
			height: inputProps.height ?? 320,
			framesPerChunk,
			chunkCount: ranges.length,
			voiceoverMs: 0,
			prepareMs: 0,
			bundleMs: 0,
			chunksQueuedAt: Date.now(),
		};
		const coordinator = { queueChunks: () => Promise.reject(new Error('queued already')), results: async () => results };
		produced = await joinRenderChunks({ renderId, plan, outputPath: `${file}.mp4`, coordinator, ctx, signal, report: noProgress });
	}
	const finished = await finishDeliveredFile({ produced, delivery: resolveDelivery(output, ctx.delivery.loudness), dir, name });
	return { produced, finished, delivered: finished.files[0]?.path ?? '' };
};
