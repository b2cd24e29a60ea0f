import { expect } from 'vitest';
import { probeMedia } from '../../core/media/probe-media.js';
import { bestAlignment, decodeAudioMono } from './decode-audio.js';
import { decodeVideoFrames } from './decode-video-frames.js';

const SAMPLE_RATE = 48_000;
/** n AAC frames (1024 samples each) in seconds, and a millisecond to spare for rounding. */
const aacFrames = (n: number) => (n * 1024) / SAMPLE_RATE + 0.001;

const meanAbsoluteDifference = (a: Buffer, b: Buffer) => {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
	return sum / a.length;
};

/**
 * `candidate` is the same video as `reference`, measured in the files: frame count, size and rate; duration within two
 * AAC frames (a chunked join's audio may run on by that much padding); every frame's pixels nearly equal (x264 encodes
 * each chunk on its own); and the audio lined up within a millisecond around each of `edgeFrames` (chunk edges).
 */
export const expectSameVideo = async (reference: string, candidate: string, { edgeFrames }: { edgeFrames: number[] }): Promise<void> => {
	const [a, b] = await Promise.all([probeMedia(reference, { countFrames: true }), probeMedia(candidate, { countFrames: true })]);
	expect(b.video?.frames).toBe(a.video?.frames);
	expect(b.video).toMatchObject({ codec: a.video?.codec, width: a.video?.width, height: a.video?.height });
	expect(b.video?.fps ?? 0).toBeCloseTo(a.video?.fps ?? 0, 3);
	expect(b.audio?.codec).toBe(a.audio?.codec);
	expect(Math.abs(b.durationSeconds - a.durationSeconds)).toBeLessThanOrEqual(aacFrames(2));
	expect(Math.abs((b.audio?.durationSeconds ?? 0) - (a.audio?.durationSeconds ?? 0))).toBeLessThanOrEqual(aacFrames(2));

	const width = a.video?.width ?? 0;
	const height = a.video?.height ?? 0;
	const [framesA, framesB] = await Promise.all([decodeVideoFrames(reference, width, height), decodeVideoFrames(candidate, width, height)]);
	expect(framesB).toHaveLength(framesA.length);
	for (let i = 0; i < framesA.length; i++) {
		expect(meanAbsoluteDifference(framesA[i]?.pixels ?? Buffer.alloc(0), framesB[i]?.pixels ?? Buffer.alloc(0)), `frame ${i}`).toBeLessThan(4);
	}

	const fps = a.video?.fps ?? 30;
	const [audioA, audioB] = await Promise.all([decodeAudioMono(reference, SAMPLE_RATE), decodeAudioMono(candidate, SAMPLE_RATE)]);
	expect(Math.abs(audioB.length - audioA.length)).toBeLessThanOrEqual(2 * 1024 + 1);
	for (const edgeFrame of edgeFrames) {
		const edge = Math.round((edgeFrame / fps) * SAMPLE_RATE);
		const window = Math.round(SAMPLE_RATE * 0.25);
		const { lag, correlation } = bestAlignment(audioA, audioB, edge - window / 2, window, 480);
		expect(Math.abs(lag), `audio shift at frame ${edgeFrame}`).toBeLessThanOrEqual(48);
		expect(correlation).toBeGreaterThan(0.9);
	}
};
