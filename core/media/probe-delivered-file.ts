import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import { mediaBinary } from './media-binaries.js';
import { readMp4EditLists } from './read-mp4-edit-lists.js';

const run = promisify(execFile);

const streamSchema = z.object({
	index: z.number(),
	codec_type: z.string(),
	codec_name: z.string().optional(),
	profile: z.string().optional(),
	pix_fmt: z.string().optional(),
	width: z.number().optional(),
	height: z.number().optional(),
	avg_frame_rate: z.string().optional(),
	color_range: z.string().optional(),
	color_space: z.string().optional(),
	color_transfer: z.string().optional(),
	color_primaries: z.string().optional(),
	sample_rate: z.string().optional(),
	channels: z.number().optional(),
	bit_rate: z.string().optional(),
	start_time: z.string().optional(),
	duration: z.string().optional(),
	nb_frames: z.string().optional(),
	tags: z.record(z.string(), z.string()).optional(),
});
const probeSchema = z.object({
	streams: z.array(streamSchema),
	format: z.object({ format_name: z.string(), duration: z.string().optional(), size: z.string().optional(), bit_rate: z.string().optional() }),
});

/** Frames from one keyframe to the next: the longest and the average (null: a single keyframe). */
export type Gop = { keyframes: number; maxFrames: number | null; meanFrames: number | null };

/** What ffprobe (and the file's own boxes) say about a delivered file; stored on the render as its delivery report. */
export type FileProbe = {
	container: string;
	sizeBytes: number;
	durationSeconds: number;
	bitrate: number | null;
	video: {
		codec: string;
		profile: string | null;
		pixelFormat: string | null;
		width: number;
		height: number;
		fps: number;
		colorRange: string | null;
		colorSpace: string | null;
		colorTransfer: string | null;
		colorPrimaries: string | null;
		bitrate: number | null;
		startSeconds: number;
		durationSeconds: number | null;
		frames: number | null;
		gop: Gop;
		/** Whether the MP4/MOV track has an edit list (null: not an MP4/MOV). */
		editList: boolean | null;
	} | null;
	audio: {
		codec: string;
		profile: string | null;
		sampleRate: number;
		channels: number;
		bitrate: number | null;
		startSeconds: number;
		durationSeconds: number | null;
		editList: boolean | null;
		/** Samples of encoder delay the container tells players to skip (an MP4 edit list's media_time), 0 when none is signalled. */
		signalledDelaySamples: number;
	} | null;
};

const numberOr = (value: string | undefined, fallback: number | null = null) => (value === undefined || value === 'N/A' ? fallback : Number(value));
const rate = (value: string | undefined) => {
	const [num, den] = (value ?? '0/1').split('/').map(Number);
	return den ? (num ?? 0) / den : 0;
};
// The bundled ffprobe names some profiles by their number (H.264's profile_idc, AAC's object type minus one).
const PROFILE_NAMES: Record<string, Record<string, string>> = {
	h264: { '66': 'Constrained Baseline', '77': 'Main', '100': 'High', '110': 'High 10', '122': 'High 4:2:2', '244': 'High 4:4:4 Predictive' },
	aac: { '0': 'Main', '1': 'LC', '2': 'SSR', '3': 'LTP', '4': 'HE-AAC', '28': 'HE-AACv2' },
	hevc: { '1': 'Main', '2': 'Main 10' },
	prores: { '0': 'Proxy', '1': 'LT', '2': 'Standard', '3': 'HQ', '4': '4444', '5': '4444 XQ' },
	vp9: { '0': 'Profile 0', '1': 'Profile 1', '2': 'Profile 2', '3': 'Profile 3' },
};
const profileOf = (stream: { codec_name?: string; profile?: string }) =>
	stream.profile === undefined ? null : (PROFILE_NAMES[stream.codec_name ?? '']?.[stream.profile] ?? stream.profile);
const tagged = (value: string | undefined) => (value && value !== 'unknown' ? value : null);
// Matroska keeps stream durations as a DURATION tag (00:00:02.000000000).
const durationOf = (stream: z.infer<typeof streamSchema>) =>
	numberOr(stream.duration ?? stream.tags?.DURATION?.replace(/^(\d+):(\d+):([\d.]+)$/, (_m, h, m, s) => String(Number(h) * 3600 + Number(m) * 60 + Number(s))));

/** Keyframe positions of the first video stream, from its packets (no decoding). */
const gopOf = async (file: string): Promise<Gop> => {
	const { stdout } = await run(mediaBinary('ffprobe'), ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=flags', '-of', 'csv=p=0', file], {
		maxBuffer: 64 * 1024 * 1024,
	});
	const flags = stdout.split('\n').filter((line) => line.trim() !== '');
	const keyAt = flags.flatMap((flag, index) => (flag.includes('K') ? [index] : []));
	const gaps = keyAt.slice(1).map((at, i) => at - (keyAt[i] ?? 0));
	return {
		keyframes: keyAt.length,
		maxFrames: gaps.length ? Math.max(...gaps) : null,
		meanFrames: gaps.length ? Math.round((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 10) / 10 : null,
	};
};

/** Probes a delivered file: container, each stream's codec, profile, pixel format, colour tags, GOP, bitrate and timing. */
export const probeDeliveredFile = async (file: string): Promise<FileProbe> => {
	const { stdout } = await run(mediaBinary('ffprobe'), ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], {
		maxBuffer: 16 * 1024 * 1024,
	});
	const parsed = probeSchema.parse(JSON.parse(stdout));
	const video = parsed.streams.find((s) => s.codec_type === 'video');
	const audio = parsed.streams.find((s) => s.codec_type === 'audio');
	const tracks = await readMp4EditLists(file).catch(() => null);
	const track = (handler: string) => tracks?.find((t) => t.handler === handler) ?? null;
	const audioTrack = track('soun');
	const firstAudioEdit = audioTrack?.edits?.find((edit) => edit.mediaTime >= 0);
	return {
		container: parsed.format.format_name,
		sizeBytes: numberOr(parsed.format.size, 0) ?? 0,
		durationSeconds: numberOr(parsed.format.duration, 0) ?? 0,
		bitrate: numberOr(parsed.format.bit_rate),
		video: video
			? {
					codec: video.codec_name ?? 'unknown',
					profile: profileOf(video),
					// WebM keeps VP9's alpha as a second plane beside the picture, flagged by the track's ALPHA_MODE.
					pixelFormat: video.tags?.alpha_mode === '1' || video.tags?.ALPHA_MODE === '1' ? 'yuva420p' : (video.pix_fmt ?? null),
					width: video.width ?? 0,
					height: video.height ?? 0,
					fps: rate(video.avg_frame_rate),
					colorRange: tagged(video.color_range),
					colorSpace: tagged(video.color_space),
					colorTransfer: tagged(video.color_transfer),
					colorPrimaries: tagged(video.color_primaries),
					bitrate: numberOr(video.bit_rate),
					startSeconds: numberOr(video.start_time, 0) ?? 0,
					durationSeconds: durationOf(video),
					frames: numberOr(video.nb_frames),
					gop: await gopOf(file),
					editList: tracks ? track('vide')?.edits !== null : null,
				}
			: null,
		audio: audio
			? {
					codec: audio.codec_name ?? 'unknown',
					profile: profileOf(audio),
					sampleRate: numberOr(audio.sample_rate, 0) ?? 0,
					channels: audio.channels ?? 0,
					bitrate: numberOr(audio.bit_rate),
					startSeconds: numberOr(audio.start_time, 0) ?? 0,
					durationSeconds: durationOf(audio),
					editList: tracks ? audioTrack?.edits !== null : null,
					signalledDelaySamples:
						firstAudioEdit && audioTrack?.timescale ? Math.round((firstAudioEdit.mediaTime / audioTrack.timescale) * (numberOr(audio.sample_rate, 0) ?? 0)) : 0,
				}
			: null,
	};
};
