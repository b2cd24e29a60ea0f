import path from 'node:path';
import { renderMedia, selectComposition } from '@remotion/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOutputOptionsSchema } from '../../core/contracts/render-job.js';
import { resolveDelivery } from '../../core/delivery/resolve-delivery.js';
import { readMp4EditLists } from '../../core/media/read-mp4-edit-lists.js';
import { finishDeliveredFile } from '../../workers/render/delivery/finish-delivered-file.js';
import { REMOTION_AAC_PRIMING_SAMPLES } from '../../workers/render/delivery/remotion-aac-priming.js';
import { renderSettingsOf } from '../../workers/render/render-settings-of.js';
import { withRenderLease } from '../../workers/render/sandbox/with-render-lease.js';
import { bundleSyncComposition } from '../support/bundle-sync-composition.js';
import { decodeAudioMono } from '../support/decode-audio.js';
import { decodeInChromium } from '../support/decode-in-chromium.js';
import { findClicks } from '../support/find-clicks.js';
import { renderRemotionChunks } from '../support/render-remotion-chunks.js';
import { renderSyncMarks } from '../support/render-sync-marks.js';
import { startRenderContext } from '../support/start-render-context.js';
import { makeTempDir } from '../support/temp-dir.js';

// Sync is measured on the file a viewer plays: clicks start on known frames, and are looked for in its decoded audio.
const FPS = 30;
// Clicks at least 4 frames (133 ms) apart, so that a search of ±60 ms around one never reaches the next. A 60-frame
// render in 3 chunks is joined at frames 20 and 40: CLICK_FRAMES start chunks, JOIN_END_FRAMES end them.
const CLICK_FRAMES = [0, 5, 10, 16, 20, 25, 30, 36, 40, 45, 50, 55];
const JOIN_END_FRAMES = [3, 9, 14, 19, 26, 32, 39, 46, 52];
const expectedMs = (frames: readonly number[]) => frames.map((frame) => (frame / FPS) * 1000);
const WHOLE_TOLERANCE_MS = 1;
const PRIMING_MS = (REMOTION_AAC_PRIMING_SAMPLES / 48_000) * 1000;

let r: Awaited<ReturnType<typeof startRenderContext>>;
let serveUrl = '';
beforeAll(async () => {
	r = await startRenderContext();
	serveUrl = await bundleSyncComposition();
}, 120_000);
afterAll(async () => {
	await r?.close();
});

const offsetsIn = async (file: string, frames = CLICK_FRAMES) => {
	const found = findClicks(await decodeAudioMono(file), expectedMs(frames), { searchMs: 60 });
	console.info(path.basename(file), 'click correlations:', found.map((click) => click.correlation.toFixed(3)).join(' '));
	// Every click was found (not noise matched somewhere): the same click, though shaped by the loudness limiter.
	expect(Math.min(...found.map((click) => click.correlation))).toBeGreaterThan(0.5);
	return found.map((click) => click.offsetMs);
};
const worstOf = (offsets: number[]) => Math.max(...offsets.map(Math.abs));

describe('the delivered file is in sync: a sound placed on frame N is heard at frame N', () => {
	it("finds the clicks 2048 samples late in Remotion's own MP4, what every render delivered before (the check fails on it)", async () => {
		const file = path.join(makeTempDir('sync-remotion'), 'remotion.mp4');
		const settings = await renderSettingsOf(r.ctx);
		await withRenderLease(r.ctx.sandbox, new AbortController().signal, async ({ port }) => {
			const shared = {
				serveUrl,
				port,
				inputProps: { clickFrames: CLICK_FRAMES, patches: ['#808080'], transparent: false },
				puppeteerInstance: settings.browser,
				browserExecutable: settings.resolvedBrowser.executable,
				chromeMode: settings.resolvedBrowser.chromeMode,
				logLevel: 'error' as const,
			};
			const composition = await selectComposition({ ...shared, id: 'sync-marks' });
			await renderMedia({ ...shared, composition, codec: 'h264', outputLocation: file, enforceAudioTrack: true, overwrite: true, concurrency: 2 });
		});
		const offsets = await offsetsIn(file);
		console.info('sync before (Remotion renderMedia h264, ffmpeg decode), ms:', offsets.map((o) => o.toFixed(3)).join(' '));
		for (const offset of offsets) expect(offset).toBeCloseTo(PRIMING_MS, 0);
		expect(worstOf(offsets)).toBeGreaterThan(WHOLE_TOLERANCE_MS);
	}, 120_000);

	it('delivers a whole render with every click within 1 ms, as ffmpeg and Chromium decode it, the delay in an edit list', async () => {
		const { finished, delivered } = await renderSyncMarks(r.ctx, serveUrl, { clickFrames: CLICK_FRAMES }, { name: 'whole' });
		const offsets = await offsetsIn(delivered);
		console.info('sync after, whole render (ffmpeg decode), ms:', offsets.map((o) => o.toFixed(3)).join(' '));
		expect(worstOf(offsets)).toBeLessThanOrEqual(WHOLE_TOLERANCE_MS);
		const [chromium] = await decodeInChromium([delivered]);
		const inChromium = findClicks(chromium ?? [], expectedMs(CLICK_FRAMES), { searchMs: 60 }).map((click) => click.offsetMs);
		console.info('sync after, whole render (Chromium decodeAudioData), ms:', inChromium.map((o) => o.toFixed(3)).join(' '));
		expect(worstOf(inChromium)).toBeLessThanOrEqual(WHOLE_TOLERANCE_MS);

		const audioTrack = (await readMp4EditLists(delivered))?.find((track) => track.handler === 'soun');
		expect(audioTrack?.edits?.[0]?.mediaTime).toBe(1024);
		expect(finished.report.audio).toMatchObject({ codec: 'aac', editList: true, signalledDelaySamples: 1024 });
		expect(finished.report.sync).toMatchObject({ delayHandling: 'edit-list', droppedDelaySamples: 0 });
		expect(Math.abs(finished.report.sync?.avOffsetMs ?? 99)).toBeLessThanOrEqual(WHOLE_TOLERANCE_MS);
	}, 180_000);

	it.each([
		['on the first frames of chunks', CLICK_FRAMES],
		['on the last frames of chunks', JOIN_END_FRAMES],
	])(
		'delivers a 3-chunk render with every click within 1 ms, clicks %s',
		async (_where, frames) => {
			const { finished, delivered } = await renderSyncMarks(r.ctx, serveUrl, { clickFrames: frames }, { name: 'chunked', chunks: 3 });
			const after = await offsetsIn(delivered, frames);
			console.info('sync after, 3-chunk render (ffmpeg decode), ms:', after.map((o) => o.toFixed(3)).join(' '));
			expect(worstOf(after)).toBeLessThanOrEqual(WHOLE_TOLERANCE_MS);
			expect(finished.report.sync).toMatchObject({ delayHandling: 'edit-list', droppedDelaySamples: 0 });
			expect(Math.abs(finished.report.sync?.avOffsetMs ?? 99)).toBeLessThanOrEqual(WHOLE_TOLERANCE_MS);
		},
		240_000,
	);

	it("delivers Remotion's seamless-AAC chunk join (what Lambda returns, and the chunked backend delivered before) with its 2048 samples of priming dropped", async () => {
		const joined = await renderRemotionChunks(r.ctx, serveUrl, { clickFrames: CLICK_FRAMES });
		// Before: the clicks of the first chunk 42.7 ms late; later chunks' clicks lose their start (see render-video.ts).
		const before = findClicks(await decodeAudioMono(joined), expectedMs(CLICK_FRAMES), { searchMs: 60 });
		console.info(
			'sync before, Remotion seamless 3-chunk join (ffmpeg decode), ms/correlation:',
			before.map((c) => `${c.offsetMs.toFixed(3)}/${c.correlation.toFixed(2)}`).join(' '),
		);
		const firstChunk = CLICK_FRAMES.filter((frame) => frame < 20);
		for (const click of before.slice(0, firstChunk.length)) expect(click.offsetMs).toBeCloseTo(PRIMING_MS, 0);
		// The Lambda backend's produced file, finished the way runRender finishes every backend's.
		const finished = await finishDeliveredFile({
			produced: {
				file: joined,
				audio: { file: joined, encoderDelaySamples: REMOTION_AAC_PRIMING_SAMPLES },
				video: { encoder: 'libx264 (lambda)', width: 320, height: 320, fps: FPS, durationInFrames: 60 },
			},
			delivery: resolveDelivery(renderOutputOptionsSchema.parse({}), r.ctx.delivery.loudness),
			dir: path.dirname(joined),
			name: 'lambda',
		});
		const delivered = finished.files[0]?.path ?? '';
		const after = await offsetsIn(delivered, firstChunk);
		console.info('sync after, Lambda-style join delivered (ffmpeg decode), ms:', after.map((o) => o.toFixed(3)).join(' '));
		expect(worstOf(after)).toBeLessThanOrEqual(WHOLE_TOLERANCE_MS);
		expect(finished.report.sync).toMatchObject({ delayHandling: 'edit-list', droppedDelaySamples: REMOTION_AAC_PRIMING_SAMPLES });
		expect(Math.abs(finished.report.sync?.avOffsetMs ?? 99)).toBeLessThanOrEqual(WHOLE_TOLERANCE_MS);
	}, 240_000);
});
