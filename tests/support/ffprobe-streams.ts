import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mediaBinary } from '../../core/media/media-binaries.js';

const run = promisify(execFile);

export type ProbedStream = Record<string, unknown> & { codec_type: string; codec_name?: string; tags?: Record<string, string> };

/** What ffprobe itself says about a file (format and every stream, as ffprobe names them), for tests to check against. */
export const ffprobeStreams = async (
	file: string,
): Promise<{ format: Record<string, unknown>; video: ProbedStream | null; audio: ProbedStream | null; streams: ProbedStream[] }> => {
	const { stdout } = await run(mediaBinary('ffprobe'), ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]);
	const parsed = JSON.parse(stdout) as { format: Record<string, unknown>; streams: ProbedStream[] };
	return {
		format: parsed.format,
		video: parsed.streams.find((stream) => stream.codec_type === 'video') ?? null,
		audio: parsed.streams.find((stream) => stream.codec_type === 'audio') ?? null,
		streams: parsed.streams,
	};
};

/** The first frame at or after `atSeconds` as 8-bit Y, U, V planes at full resolution (no range or matrix conversion). */
export const decodeYuv444 = async (file: string, width: number, height: number, atSeconds = 0): Promise<{ y: Buffer; u: Buffer; v: Buffer }> => {
	const { stdout } = await run(
		mediaBinary('ffmpeg'),
		// image2pipe of rawvideo: the bundled ffmpeg has no rawvideo muxer. No -ss for a still: it then reads nothing.
		[
			'-v',
			'error',
			...(atSeconds > 0 ? ['-ss', String(atSeconds)] : []),
			'-i',
			file,
			'-frames:v',
			'1',
			'-f',
			'image2pipe',
			'-c:v',
			'rawvideo',
			'-pix_fmt',
			'yuv444p',
			'pipe:1',
		],
		{ encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
	);
	const plane = width * height;
	return { y: stdout.subarray(0, plane), u: stdout.subarray(plane, 2 * plane), v: stdout.subarray(2 * plane, 3 * plane) };
};

/** Limited-range BT.709 Y'CbCr to 8-bit R'G'B' (ITU-R BT.709-6, 8-bit quantisation), as a standard player converts it. */
export const bt709LimitedToRgb = (y: number, u: number, v: number): [number, number, number] => {
	const luma = (y - 16) / 219;
	const cb = (u - 128) / 224;
	const cr = (v - 128) / 224;
	const r = luma + 1.5748 * cr;
	const g = luma - 0.1873 * cb - 0.4681 * cr;
	const b = luma + 1.8556 * cb;
	const to8 = (value: number) => Math.round(Math.max(0, Math.min(1, value)) * 255);
	return [to8(r), to8(g), to8(b)];
};
