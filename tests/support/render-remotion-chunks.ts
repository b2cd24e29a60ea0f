import path from 'node:path';
import { combineChunks, renderMedia, selectComposition } from '@remotion/renderer';
import { planChunkRanges } from '../../workers/render/backends/chunked/plan-chunk-ranges.js';
import type { RenderContext } from '../../workers/render/render-context.js';
import { renderSettingsOf } from '../../workers/render/render-settings-of.js';
import { withRenderLease } from '../../workers/render/sandbox/with-render-lease.js';
import type { SyncMarksProps } from '../fixtures/sync-composition/SyncMarks.js';
import { makeTempDir } from './temp-dir.js';

/**
 * The sync fixture in `chunks` frame ranges joined the way Remotion Lambda joins its chunks (and Reelforge's chunked
 * backend did before Issue 16): H.264 in MPEG-TS and AAC cut for Remotion's seamless concatenation, then
 * combineChunks. What a Lambda render hands back, made here without AWS.
 */
export const renderRemotionChunks = async (
	ctx: RenderContext,
	serveUrl: string,
	props: Partial<SyncMarksProps> & { clickFrames: number[] },
	chunks = 3,
): Promise<string> => {
	const dir = makeTempDir('remotion-chunks');
	const inputProps: SyncMarksProps = { patches: ['#808080'], transparent: false, ...props };
	const durationInFrames = inputProps.durationInFrames ?? 60;
	const { framesPerChunk, ranges } = planChunkRanges(durationInFrames, chunks);
	const settings = await renderSettingsOf(ctx);
	const videoFiles: string[] = [];
	const audioFiles: string[] = [];
	await withRenderLease(ctx.sandbox, new AbortController().signal, async ({ port }) => {
		const shared = {
			serveUrl,
			port,
			inputProps,
			puppeteerInstance: settings.browser,
			browserExecutable: settings.resolvedBrowser.executable,
			chromeMode: settings.resolvedBrowser.chromeMode,
			logLevel: 'error' as const,
		};
		const composition = await selectComposition({ ...shared, id: 'sync-marks' });
		for (const [index, frameRange] of ranges.entries()) {
			const video = path.join(dir, `${index}.ts`);
			const audio = path.join(dir, `${index}.aac`);
			await renderMedia({
				...shared,
				composition,
				codec: 'h264-ts',
				outputLocation: video,
				frameRange,
				separateAudioTo: audio,
				audioCodec: 'aac',
				forSeamlessAacConcatenation: true,
				compositionStart: 0,
				enforceAudioTrack: true,
				overwrite: true,
				concurrency: 2,
			});
			videoFiles.push(video);
			audioFiles.push(audio);
		}
	});
	const output = path.join(dir, 'joined.mp4');
	await combineChunks({
		outputLocation: output,
		videoFiles,
		audioFiles,
		codec: 'h264',
		audioCodec: 'aac',
		fps: 30,
		framesPerChunk,
		compositionDurationInFrames: durationInFrames,
		preferLossless: false,
		logLevel: 'error',
	});
	return output;
};
