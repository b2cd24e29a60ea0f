import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePcm } from '../../core/audio/decode-pcm.js';
import { findAudioOffset } from '../../core/audio/find-audio-offset.js';
import { makeSampleClip } from '../../core/media/make-sample-clip.js';
import { scopeStorage } from '../../core/workspaces/scope-storage.js';
import type { RenderView } from '../../server/renders/render-view.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitForRender } from '../support/wait-for-render.js';

const run = promisify(execFile);

let stack: TestStack;
const MUSIC_SRC = 'storage:samples/music-220hz.mp4';
beforeAll(async () => {
	stack = await startTestStack();
	await stack.storage.putFile(
		'samples/music-220hz.mp4',
		await makeSampleClip(path.join(makeTempDir('music'), 'music.mp4'), { seconds: 4, width: 32, height: 32, fps: 10, toneHz: 220 }),
	);
});
afterAll(async () => {
	await stack?.stop();
});

/** A stored render's file as a local path (the workspace's storage, the way the worker stored it). */
const withDeliveredFile = async <T>(render: RenderView, use: (file: string) => Promise<T>): Promise<T> => {
	const row = await stack.db.render.findUniqueOrThrow({ where: { id: render.id }, select: { outputKey: true, workspaceId: true } });
	const copy = await scopeStorage(stack.storage, row.workspaceId).openLocal(row.outputKey ?? '');
	try {
		return await use(copy.path);
	} finally {
		copy.release();
	}
};

/** Integrated loudness and true peak as Debian's ffmpeg measures them (ebur128, a second meter beside the one that set them). */
const ebur128Of = async (file: string) => {
	const { stderr } = await run('/usr/bin/ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-map', '0:a:0', '-af', 'ebur128=peak=true', '-f', 'null', '-']);
	const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
	return { integratedLufs: Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]), truePeakDbtp: Number(/Peak:\s+(-?[\d.]+) dBFS/.exec(summary)?.[1]) };
};

/** How strong a pure tone is in mono PCM (Goertzel), relative to the signal's total power. */
const toneShareOf = (samples: Float32Array, sampleRate: number, hz: number) => {
	const k = 2 * Math.cos((2 * Math.PI * hz) / sampleRate);
	let s1 = 0;
	let s2 = 0;
	let total = 0;
	for (const x of samples) {
		const s0 = x + k * s1 - s2;
		s2 = s1;
		s1 = s0;
		total += x * x;
	}
	return (s1 * s1 + s2 * s2 - k * s1 * s2) / (total * samples.length) || 0;
};

describe('the delivered mix', () => {
	it('measures -14 ± 1 LUFS and at most -1 dBTP in the file, for a template with voice, music and clip audio', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'clip-story',
			props: {
				clips: [{ src: stack.sampleClipSrc, volume: 1, loop: true }],
				music: { src: MUSIC_SRC, volume: 0.6 },
				durationInSeconds: 3,
				duckClipsUnderVoiceover: 0.5,
			},
			narration: { text: 'The whole mix is measured on the file.' },
			output: { scale: 0.2 },
		});
		const render = await waitForRender(stack.client, created.id, 180_000);
		expect(render.error).toBeNull();
		expect(render.delivery?.loudness).toMatchObject({ targetLufs: -14, truePeakLimitDbtp: -1 });
		expect(Math.abs((render.loudnessLufs ?? 0) + 14)).toBeLessThanOrEqual(1);
		expect(render.truePeakDbtp ?? 0).toBeLessThanOrEqual(-1);
		await withDeliveredFile(render, async (file) => {
			const measured = await ebur128Of(file);
			console.info('delivered mix (Debian ffmpeg ebur128):', measured, 'report:', render.delivery?.loudness);
			expect(Math.abs(measured.integratedLufs + 14)).toBeLessThanOrEqual(1);
			expect(measured.truePeakDbtp).toBeLessThanOrEqual(-1);
			// All three are in it: the clip's 440 Hz tone, the music's 220 Hz, and a voice (neither tone alone).
			const mono = await decodePcm(file, { channels: 1 });
			expect(toneShareOf(mono.samples, 48_000, 440)).toBeGreaterThan(0.01);
			expect(toneShareOf(mono.samples, 48_000, 220)).toBeGreaterThan(0.01);
			expect(toneShareOf(mono.samples, 48_000, 440) + toneShareOf(mono.samples, 48_000, 220)).toBeLessThan(0.9);
		});
	});

	it('keeps a narrated template within 1 ms of its voiceover, and reports the file on renders.get', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: { background: { src: stack.sampleClipSrc, loop: true, muted: true }, punchOnEmphasis: false },
			narration: { text: 'Every word is heard on the frame its caption lights up.' },
			output: { scale: 0.2 },
		});
		const render = await waitForRender(stack.client, created.id, 180_000);
		expect(render.error).toBeNull();
		const voiceover = await stack.db.voiceover.findUniqueOrThrow({ where: { id: render.voiceoverId ?? '' } });
		const voice = await scopeStorage(stack.storage, voiceover.workspaceId).openLocal(voiceover.audioKey);
		try {
			await withDeliveredFile(render, async (file) => {
				const offset = findAudioOffset(await decodePcm(voice.path), await decodePcm(file));
				console.info('narrated render, delivered vs its voiceover (ffmpeg decode):', offset);
				expect(offset?.correlation).toBeGreaterThan(0.9);
				expect(Math.abs(offset?.offsetMs ?? 99)).toBeLessThanOrEqual(1);
			});
		} finally {
			voice.release();
		}
		// The delivery report, as renders.get returns it.
		expect(render.delivery).toMatchObject({
			format: 'mp4-h264',
			video: { codec: 'h264', pixelFormat: 'yuv420p', colorRange: 'tv', colorSpace: 'bt709', colorTransfer: 'bt709', colorPrimaries: 'bt709' },
			audio: { codec: 'aac', sampleRate: 48_000, editList: true, signalledDelaySamples: 1024 },
			sync: { delayHandling: 'edit-list' },
		});
		expect(render.delivery?.video?.gop.keyframes).toBeGreaterThan(0);
		expect(Math.abs(render.avOffsetMs ?? 99)).toBeLessThanOrEqual(1);
		expect(render.outputs.map((output) => output.kind)).toEqual(['video']);
		expect(render.outputs[0]?.url).toBe(render.outputUrl);
	});
});
