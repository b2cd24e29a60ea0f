import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMp4EditLists } from '../../core/media/read-mp4-edit-lists.js';
import { bundleSyncComposition } from '../support/bundle-sync-composition.js';
import { decodeAudioMono } from '../support/decode-audio.js';
import { decodeInChromium } from '../support/decode-in-chromium.js';
import { bt709LimitedToRgb, decodeYuv444, ffprobeStreams } from '../support/ffprobe-streams.js';
import { findClicks } from '../support/find-clicks.js';
import { renderSyncMarks } from '../support/render-sync-marks.js';
import { startRenderContext } from '../support/start-render-context.js';

// One second at 320x320 with two clicks; every format is rendered for real and then probed as it claims to be.
const CLICKS = [3, 15];
const PATCHES = ['#000000', '#FFFFFF', '#C83C28', '#28A05A', '#3250C8'];
const base = { clickFrames: CLICKS, patches: PATCHES, durationInFrames: 30 };
const hex = (colour: string) => [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));

let r: Awaited<ReturnType<typeof startRenderContext>>;
let serveUrl = '';
beforeAll(async () => {
	r = await startRenderContext();
	serveUrl = await bundleSyncComposition();
}, 120_000);
afterAll(async () => {
	await r?.close();
});

const bt709Tags = { color_range: 'tv', color_space: 'bt709', color_transfer: 'bt709', color_primaries: 'bt709' };

describe('every output format renders and probes as what it claims to be', () => {
	it('MP4 H.264 (default): High profile yuv420p, limited-range BT.709 tagged, AAC with its delay in an edit list; colours survive a standard BT.709 decode', async () => {
		const { finished, delivered } = await renderSyncMarks(r.ctx, serveUrl, base, { name: 'h264' });
		const probe = await ffprobeStreams(delivered);
		// The bundled ffprobe names H.264 profiles by profile_idc: 100 is High.
		expect(probe.video).toMatchObject({ codec_name: 'h264', profile: '100', pix_fmt: 'yuv420p', width: 320, height: 320, ...bt709Tags });
		expect(probe.audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000', channels: 2 });
		expect(finished.report).toMatchObject({
			format: 'mp4-h264',
			video: { codec: 'h264', profile: 'High', pixelFormat: 'yuv420p', colorRange: 'tv', colorSpace: 'bt709' },
			audio: { editList: true },
		});

		// Golden colours: the middle of each patch, decoded with the BT.709 limited-range matrix, within 6 of its CSS colour.
		const { y, u, v } = await decodeYuv444(delivered, 320, 320, 0.5);
		const patchWidth = 320 / PATCHES.length;
		for (const [index, colour] of PATCHES.entries()) {
			const at = 160 * 320 + Math.round(patchWidth * (index + 0.5));
			const rgb = bt709LimitedToRgb(y[at] ?? 0, u[at] ?? 0, v[at] ?? 0);
			for (const [channel, expected] of hex(colour).entries())
				expect(Math.abs((rgb[channel] ?? 0) - (expected ?? 0)), `${colour} channel ${channel}: ${rgb.join(',')}`).toBeLessThanOrEqual(6);
		}
		// Limited range: black sits at 16 and white at 235, not at 0 and 255.
		expect(Math.abs((y[160 * 320 + 32] ?? 0) - 16)).toBeLessThanOrEqual(2);
		expect(Math.abs((y[160 * 320 + 96] ?? 0) - 235)).toBeLessThanOrEqual(2);
	});

	it("keeps Remotion's own full-range output when colorSpace bt601-full is asked for", async () => {
		const { delivered } = await renderSyncMarks(r.ctx, serveUrl, base, { name: 'bt601', output: { colorSpace: 'bt601-full' } });
		const probe = await ffprobeStreams(delivered);
		expect(probe.video).toMatchObject({ codec_name: 'h264', pix_fmt: 'yuvj420p', color_range: 'pc' });
	});

	it('MP4 H.265: HEVC tagged hvc1, BT.709 limited range, AAC', async () => {
		const { finished, delivered } = await renderSyncMarks(r.ctx, serveUrl, base, { name: 'h265', output: { format: 'mp4-h265' } });
		const probe = await ffprobeStreams(delivered);
		expect(probe.video).toMatchObject({ codec_name: 'hevc', codec_tag_string: 'hvc1', pix_fmt: 'yuv420p', ...bt709Tags });
		expect(probe.audio).toMatchObject({ codec_name: 'aac' });
		expect(finished.report.sync?.delayHandling).toBe('edit-list');
	});

	it('WebM VP9 with Opus, and with transparency a VP9 alpha plane', async () => {
		const opaque = await renderSyncMarks(r.ctx, serveUrl, base, { name: 'vp9', output: { format: 'webm-vp9' } });
		const probe = await ffprobeStreams(opaque.delivered);
		expect(String(probe.format.format_name)).toContain('webm');
		expect(probe.video).toMatchObject({ codec_name: 'vp9', pix_fmt: 'yuv420p', color_space: 'bt709' });
		expect(probe.audio).toMatchObject({ codec_name: 'opus', sample_rate: '48000' });
		expect(opaque.finished.report.sync?.delayHandling).toBe('codec-pre-skip');
		const clear = await renderSyncMarks(
			r.ctx,
			serveUrl,
			{ ...base, transparent: true },
			{ name: 'vp9-alpha', output: { format: 'webm-vp9', transparent: true } },
		);
		const alpha = await ffprobeStreams(clear.delivered);
		expect(alpha.video?.tags?.alpha_mode ?? alpha.video?.tags?.ALPHA_MODE).toBe('1');
		expect(clear.finished.report.video?.pixelFormat).toBe('yuva420p');
	});

	it('QuickTime ProRes 422 HQ with 24-bit PCM, and ProRes 4444 with alpha when transparent', async () => {
		const opaque = await renderSyncMarks(r.ctx, serveUrl, base, { name: 'prores', output: { format: 'mov-prores' } });
		const probe = await ffprobeStreams(opaque.delivered);
		expect(String(probe.format.format_name)).toContain('mov');
		expect(probe.video).toMatchObject({ codec_name: 'prores', pix_fmt: 'yuv422p10le' });
		expect(opaque.finished.report.video?.profile).toBe('HQ');
		expect(probe.audio).toMatchObject({ codec_name: 'pcm_s24le' });
		const clear = await renderSyncMarks(
			r.ctx,
			serveUrl,
			{ ...base, transparent: true },
			{ name: 'prores-alpha', output: { format: 'mov-prores', transparent: true } },
		);
		// ffprobe shows the ProRes decoder's output, 12-bit for 4444: what matters is the alpha plane.
		expect((await ffprobeStreams(clear.delivered)).video).toMatchObject({ codec_name: 'prores', pix_fmt: 'yuva444p12le' });
		expect(clear.finished.report.video?.profile).toBe('4444');
	});

	it('GIF: the picture only, no sound', async () => {
		const { finished, delivered } = await renderSyncMarks(r.ctx, serveUrl, base, { name: 'gif', output: { format: 'gif' } });
		const probe = await ffprobeStreams(delivered);
		expect(probe.video).toMatchObject({ codec_name: 'gif', width: 320, height: 320 });
		expect(probe.audio).toBeNull();
		expect(finished.report).toMatchObject({ format: 'gif', audio: null, sync: null, loudness: null });
	});

	it('the soundtrack alone (MP3 and M4A) in sync with the video, and a poster of the frame at the chosen time (PNG and JPEG)', async () => {
		const mp3 = await renderSyncMarks(r.ctx, serveUrl, base, { name: 'mp3', output: { audioFile: 'mp3', poster: { atSeconds: 0.3, format: 'png' } } });
		const m4a = await renderSyncMarks(r.ctx, serveUrl, base, { name: 'm4a', output: { audioFile: 'm4a', poster: { atSeconds: 0.1, format: 'jpeg' } } });
		const fileOf = (done: typeof mp3, kind: string) => done.finished.files.find((file) => file.kind === kind)?.path ?? '';
		expect((await ffprobeStreams(fileOf(mp3, 'audio'))).audio).toMatchObject({ codec_name: 'mp3', sample_rate: '48000' });
		expect((await ffprobeStreams(fileOf(m4a, 'audio'))).audio).toMatchObject({ codec_name: 'aac' });
		for (const soundtrack of [fileOf(mp3, 'audio'), fileOf(m4a, 'audio')]) {
			const found = findClicks(
				await decodeAudioMono(soundtrack),
				CLICKS.map((frame) => (frame / 30) * 1000),
				{ searchMs: 60 },
			);
			for (const click of found) expect(Math.abs(click.offsetMs), soundtrack).toBeLessThanOrEqual(1);
		}
		expect((await ffprobeStreams(fileOf(mp3, 'poster'))).video).toMatchObject({ codec_name: 'png', width: 320, height: 320 });
		expect((await ffprobeStreams(fileOf(m4a, 'poster'))).video).toMatchObject({ codec_name: 'mjpeg', width: 320, height: 320 });
		// The poster is the frame at its time: frame 3 (0.1 s) shows its click's white square in the corner, frame 9 (0.3 s) the black patch.
		expect((await decodeYuv444(fileOf(m4a, 'poster'), 320, 320)).y[10 * 320 + 10]).toBeGreaterThan(200);
		expect((await decodeYuv444(fileOf(mp3, 'poster'), 320, 320)).y[10 * 320 + 10]).toBeLessThan(60);
	});

	it('the YouTube Shorts preset: 1080x1920, half-second GOPs, no edit lists (the audio advanced by its delay instead), still in sync', async () => {
		const { finished, delivered } = await renderSyncMarks(
			r.ctx,
			serveUrl,
			{ ...base, width: 1080, height: 1920 },
			{ name: 'shorts', output: { preset: 'shorts' } },
		);
		const probe = await ffprobeStreams(delivered);
		expect(probe.video).toMatchObject({ codec_name: 'h264', width: 1080, height: 1920, ...bt709Tags });
		expect(probe.audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000' });
		expect((await readMp4EditLists(delivered))?.every((track) => track.edits === null)).toBe(true);
		expect(finished.report.video?.gop.maxFrames).toBeLessThanOrEqual(15);
		expect(finished.report.sync?.delayHandling).toBe('advanced');
		// The first 21 ms of sound are given up to the encoder's priming; every click after that is on its frame.
		const found = findClicks(
			await decodeAudioMono(delivered),
			CLICKS.map((frame) => (frame / 30) * 1000),
			{ searchMs: 60 },
		);
		for (const click of found) expect(Math.abs(click.offsetMs)).toBeLessThanOrEqual(1);
		const [inChromium] = await decodeInChromium([delivered]);
		const heard = findClicks(
			inChromium ?? [],
			CLICKS.map((frame) => (frame / 30) * 1000),
			{ searchMs: 60 },
		);
		console.info('shorts preset (advanced audio, no edit list), Chromium decodeAudioData, ms:', heard.map((click) => click.offsetMs.toFixed(3)).join(' '));
		for (const click of heard) expect(Math.abs(click.offsetMs)).toBeLessThanOrEqual(1);
	});
});
