import type { PcmAudio } from './pcm-audio.js';
import { runFfmpeg } from './run-ffmpeg.js';

/** EBU R128 integrated loudness, true peak (4x oversampled by loudnorm at 192 kHz) and loudness range. */
export type Loudness = { integratedLufs: number; truePeakDbtp: number; rangeLu: number };

/** Below this the meter's gate leaves nothing to measure (silence): loudnorm then reports -inf or -70. */
export const SILENT_LUFS = -70;

const parseLoudnorm = (stderr: string): Loudness => {
	const json = stderr.slice(stderr.lastIndexOf('{'), stderr.lastIndexOf('}') + 1);
	const parsed = JSON.parse(json) as { input_i: string; input_tp: string; input_lra: string };
	const number = (value: string) => (/inf/i.test(value) ? Number.NEGATIVE_INFINITY : Number(value));
	return { integratedLufs: number(parsed.input_i), truePeakDbtp: number(parsed.input_tp), rangeLu: number(parsed.input_lra) };
};

/** The loudness of PCM audio, measured by ffmpeg's loudnorm filter (its first, measuring pass). */
export const measureLoudness = async (audio: PcmAudio, signal?: AbortSignal): Promise<Loudness> => {
	const input = Buffer.from(audio.samples.buffer, audio.samples.byteOffset, audio.samples.byteLength);
	const { stderr } = await runFfmpeg(
		['-f', 'f32le', '-ac', String(audio.channels), '-ar', String(audio.sampleRate), '-i', 'pipe:0', '-af', 'loudnorm=print_format=json', '-f', 'null', '-'],
		{ input, signal },
	);
	return parseLoudnorm(stderr);
};

/** The loudness of a media file's first audio stream as players decode it (edit lists honoured). */
export const measureFileLoudness = async (file: string, signal?: AbortSignal): Promise<Loudness> => {
	const { stderr } = await runFfmpeg(['-i', file, '-map', '0:a:0', '-vn', '-af', 'loudnorm=print_format=json', '-f', 'null', '-'], { signal });
	return parseLoudnorm(stderr);
};
