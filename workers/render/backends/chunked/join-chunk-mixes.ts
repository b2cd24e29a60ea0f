import fs from 'node:fs';
import { decodePcm } from '../../../../core/audio/decode-pcm.js';
import { encodeFloatWav } from '../../../../core/audio/encode-wav.js';

const SAMPLE_RATE = 48_000;
const CHANNELS = 2;

/**
 * Puts the chunks' PCM mixes end to end into one float WAV at `output`: each exactly its frames long at 48 kHz (cut or
 * padded with silence by the few samples a chunk's WAV may differ), so sample n of the whole is at n / 48000 s of the
 * picture, across every join.
 */
export const joinChunkMixes = async ({
	files,
	frames,
	fps,
	output,
	signal,
}: {
	files: readonly string[];
	frames: readonly number[];
	fps: number;
	output: string;
	signal?: AbortSignal;
}) => {
	const lengths = frames.map((count) => Math.round((count / fps) * SAMPLE_RATE));
	const samples = new Float32Array(lengths.reduce((sum, length) => sum + length, 0) * CHANNELS);
	let at = 0;
	for (const [index, file] of files.entries()) {
		const length = lengths[index] ?? 0;
		const decoded = await decodePcm(file, { channels: CHANNELS, sampleRate: SAMPLE_RATE, signal });
		samples.set(decoded.samples.subarray(0, length * CHANNELS), at * CHANNELS);
		at += length;
	}
	await fs.promises.writeFile(output, encodeFloatWav({ samples, channels: CHANNELS, sampleRate: SAMPLE_RATE }));
};
