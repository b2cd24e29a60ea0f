import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../core/media/probe-media.js';
import type { RenderView } from '../../server/renders/render-view.js';
import { bestAlignment, decodeAudioMono } from '../support/decode-audio.js';
import { decodeVideoFrames } from '../support/decode-video-frames.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { waitFor } from '../support/wait-for.js';
import { waitForRender } from '../support/wait-for-render.js';

let stack: TestStack;

beforeAll(async () => {
	stack = await startTestStack();
});
afterAll(async () => {
	await stack?.stop();
});

const SAMPLE_RATE = 48_000;
// Spoken words (aperiodic, unlike the clip's tone) make any audio shift between the two renders measurable.
const narration = { text: 'Chunks rendered apart must sound and look like one render. Every frame, every word.' };

const renderAndWait = async (chunks: number): Promise<RenderView> => {
	const created = await stack.client.renders.create.mutate({
		template: 'captioned-clip',
		props: { background: { src: stack.sampleClipSrc, loop: true, muted: true }, punchOnEmphasis: false },
		narration,
		output: { scale: 0.2, chunks },
	});
	return waitForRender(stack.client, created.id, 150_000);
};

const meanAbsoluteDifference = (a: Buffer, b: Buffer) => {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
	return sum / a.length;
};

describe('a render split into chunks', () => {
	it('stops its running chunks when cancelled, and splits afresh when retried', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: { durationInSeconds: 8, background: { src: stack.sampleClipSrc, loop: true }, captions: { words: [{ text: 'Stop', startMs: 0, endMs: 500 }] } },
			output: { scale: 0.2, chunks: 4 },
		});
		// A chunk is rendering once its frames add to the render's progress (the split itself ends at 5 %).
		await waitFor(
			'a chunk to render frames',
			async () => {
				const row = await stack.db.render.findUnique({ where: { id: created.id } });
				return row?.chunkCount === 4 && row.progress > 0.06 && ((await stack.queue.getJobCounts('active')).active ?? 0) > 0;
			},
			60_000,
		);
		await stack.client.renders.cancel.mutate({ id: created.id });
		await waitFor('the queue to empty', async () => {
			const counts = await stack.queue.getJobCounts('active', 'waiting', 'prioritized', 'waiting-children');
			return Object.values(counts).every((count) => count === 0) || undefined;
		});
		const render = await stack.client.renders.get.query({ id: created.id });
		expect(render.status).toBe('cancelled');
		expect(render.outputUrl).toBeNull();
		expect(fs.existsSync(path.join(stack.config.storageDir, `renders/${created.id}.mp4`))).toBe(false);

		// Retried, it splits again into chunks of its own (the cancelled ones' jobs are still in Redis) and finishes.
		await stack.client.renders.retry.mutate({ id: created.id });
		const retried = await waitForRender(stack.client, created.id, 150_000);
		expect(retried.error).toBeNull();
		expect(retried).toMatchObject({ status: 'done', chunkCount: 4, durationInFrames: 240 });
		const probe = await probeMedia(path.join(stack.config.storageDir, `renders/${created.id}.mp4`), { countFrames: true });
		expect(probe.video?.frames).toBe(240);
	});

	it('matches the same render made in one piece: frames, duration, audio length and sync', async () => {
		const single = await renderAndWait(1);
		const chunked = await renderAndWait(3);
		expect(single.error).toBeNull();
		expect(chunked.error).toBeNull();
		expect(chunked).toMatchObject({ status: 'done', progress: 1, chunkCount: 3, durationInFrames: single.durationInFrames, width: single.width });
		expect(single.chunkCount).toBeNull();
		// The chunks are gone from storage once the joined output is stored.
		expect(fs.existsSync(path.join(stack.config.storageDir, 'chunks', chunked.id))).toBe(false);

		const singleFile = path.join(stack.config.storageDir, `renders/${single.id}.mp4`);
		const chunkedFile = path.join(stack.config.storageDir, `renders/${chunked.id}.mp4`);
		const [a, b] = await Promise.all([probeMedia(singleFile, { countFrames: true }), probeMedia(chunkedFile, { countFrames: true })]);
		expect(b.video?.frames).toBe(single.durationInFrames);
		expect(b.video?.frames).toBe(a.video?.frames);
		expect(b.video).toMatchObject({ codec: 'h264', width: a.video?.width, height: a.video?.height });
		expect(b.video?.fps ?? 0).toBeCloseTo(a.video?.fps ?? 0, 3);
		expect(b.audio?.codec).toBe('aac');
		// The joined audio may run on by up to two AAC frames (2 x 1024 samples, 43 ms) of padding after the last video
		// frame, as Lambda's joins do: the chunks' audio is cut on AAC frame boundaries. A chunk's missing audio would be 2 s.
		const aacFrames = (n: number) => (n * 1024) / 48_000 + 0.001;
		expect(Math.abs(b.durationSeconds - a.durationSeconds)).toBeLessThanOrEqual(aacFrames(2));
		expect(Math.abs((b.audio?.durationSeconds ?? 0) - (a.audio?.durationSeconds ?? 0))).toBeLessThanOrEqual(aacFrames(2));

		// Same pictures, frame for frame, across the chunk edges (x264 encodes each chunk on its own: small differences only).
		const width = a.video?.width ?? 0;
		const height = a.video?.height ?? 0;
		const [framesA, framesB] = await Promise.all([decodeVideoFrames(singleFile, width, height), decodeVideoFrames(chunkedFile, width, height)]);
		expect(framesB).toHaveLength(framesA.length);
		for (let i = 0; i < framesA.length; i++) {
			expect(meanAbsoluteDifference(framesA[i]?.pixels ?? Buffer.alloc(0), framesB[i]?.pixels ?? Buffer.alloc(0)), `frame ${i}`).toBeLessThan(4);
		}

		// The voice lines up with the single render's at every chunk edge, within a millisecond.
		const [audioA, audioB] = await Promise.all([decodeAudioMono(singleFile, SAMPLE_RATE), decodeAudioMono(chunkedFile, SAMPLE_RATE)]);
		expect(Math.abs(audioB.length - audioA.length)).toBeLessThanOrEqual(2 * 1024 + 1);
		const framesPerChunk = Math.ceil((single.durationInFrames ?? 0) / 3);
		for (const edgeFrame of [framesPerChunk, framesPerChunk * 2]) {
			const edge = Math.round((edgeFrame / 30) * SAMPLE_RATE);
			const window = Math.round(SAMPLE_RATE * 0.25);
			const { lag, correlation } = bestAlignment(audioA, audioB, edge - window / 2, window, 480);
			expect(Math.abs(lag), `audio shift at frame ${edgeFrame}`).toBeLessThanOrEqual(48);
			expect(correlation).toBeGreaterThan(0.9);
		}
	});
});
