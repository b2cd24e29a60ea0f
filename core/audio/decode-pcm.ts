import type { PcmAudio } from './pcm-audio.js';
import { runFfmpeg } from './run-ffmpeg.js';

/** Where a WAV's samples start: after its 'data' chunk header (ffmpeg writes a LIST chunk before it). */
const dataOffsetOf = (wav: Buffer): number => {
	for (let at = 12; at + 8 <= wav.length; ) {
		if (wav.toString('ascii', at, at + 4) === 'data') return at + 8;
		const size = wav.readUInt32LE(at + 4);
		at += 8 + size + (size % 2);
	}
	throw new Error('ffmpeg wrote a WAV without a data chunk');
};

/**
 * The first audio stream of a media file as float PCM, decoded by ffmpeg the way players decode it (edit lists and
 * encoder delay honoured), at `sampleRate` with `channels` channels. A WAV through a pipe: the bundled ffmpeg has no raw muxer.
 */
export const decodePcm = async (
	file: string,
	{ channels = 2, sampleRate = 48_000, signal }: { channels?: number; sampleRate?: number; signal?: AbortSignal } = {},
): Promise<PcmAudio> => {
	// 24-bit: the bundled ffmpeg encodes no float PCM, and 24 bits keep 144 dB, far below any codec's noise.
	const { stdout } = await runFfmpeg(
		[
			'-v',
			'error',
			'-i',
			file,
			'-map',
			'0:a:0',
			'-vn',
			'-ac',
			String(channels),
			'-ar',
			String(sampleRate),
			'-c:a',
			'pcm_s24le',
			'-fflags',
			'+bitexact',
			'-map_metadata',
			'-1',
			'-f',
			'wav',
			'pipe:1',
		],
		{ signal },
	);
	const data = stdout.subarray(dataOffsetOf(stdout));
	const count = Math.floor(data.length / (3 * channels)) * channels;
	const samples = new Float32Array(count);
	for (let i = 0; i < count; i++) samples[i] = data.readIntLE(i * 3, 3) / 8_388_608;
	return { samples, channels, sampleRate };
};
