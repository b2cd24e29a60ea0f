import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mediaBinary } from '../../core/media/media-binaries.js';

const run = promisify(execFile);

/** Where a WAV's samples start: after its 'data' chunk header (ffmpeg writes a LIST chunk before it, 34 bytes that are not audio). */
const wavDataOffset = (wav: Buffer): number => {
	for (let at = 12; at + 8 <= wav.length; ) {
		if (wav.toString('ascii', at, at + 4) === 'data') return at + 8;
		const size = wav.readUInt32LE(at + 4);
		at += 8 + size + (size % 2);
	}
	throw new Error('ffmpeg wrote a WAV without a data chunk');
};

/** A media file's audio as mono 16-bit samples at `sampleRate`, decoded with the bundled ffmpeg (WAV: it has no raw PCM muxer). */
export const decodeAudioMono = async (file: string, sampleRate = 48_000): Promise<Int16Array> => {
	const { stdout } = await run(
		mediaBinary('ffmpeg'),
		[
			'-v',
			'error',
			'-i',
			file,
			'-vn',
			'-ac',
			'1',
			'-ar',
			String(sampleRate),
			'-c:a',
			'pcm_s16le',
			'-flags',
			'+bitexact',
			'-map_metadata',
			'-1',
			'-f',
			'wav',
			'pipe:1',
		],
		{ encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 },
	);
	const pcm = stdout.subarray(wavDataOffset(stdout));
	return new Int16Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.length - (pcm.length % 2)));
};

/**
 * The shift (in samples, within ±maxLag) at which `b` best matches `a` over `[from, from + length)`, by normalised
 * cross-correlation, and that correlation (1: identical shape).
 */
export const bestAlignment = (a: Int16Array, b: Int16Array, from: number, length: number, maxLag: number) => {
	let best = { lag: 0, correlation: -1 };
	for (let lag = -maxLag; lag <= maxLag; lag++) {
		let dot = 0;
		let energyA = 0;
		let energyB = 0;
		for (let i = from; i < from + length; i++) {
			const x = a[i] ?? 0;
			const y = b[i + lag] ?? 0;
			dot += x * y;
			energyA += x * x;
			energyB += y * y;
		}
		const correlation = energyA > 0 && energyB > 0 ? dot / Math.sqrt(energyA * energyB) : 0;
		if (correlation > best.correlation) best = { lag, correlation };
	}
	return best;
};
