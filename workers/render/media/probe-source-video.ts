import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import { mediaBinary } from '../../../core/media/media-binaries.js';

const run = promisify(execFile);

/** What decides whether a clip is worth a proxy: how big it is, and how costly it is to reach a given frame. */
export type SourceVideo = {
	codec: string;
	width: number;
	height: number;
	fps: number;
	durationSeconds: number;
	/** Any B-frames: frames decode out of order, so a seek decodes more than it shows. */
	bFrames: boolean;
	/** The longest stretch between two keyframes in the first minute: what a seek may have to decode. */
	maxKeyframeGapSeconds: number;
	/** Frame rate varies (phones, screen recordings): Remotion must search timestamps instead of computing them. */
	variableFrameRate: boolean;
	hasAudio: boolean;
};

const streamsSchema = z.object({
	streams: z.array(
		z.object({
			codec_type: z.string(),
			codec_name: z.string().optional(),
			width: z.number().optional(),
			height: z.number().optional(),
			r_frame_rate: z.string().optional(),
			avg_frame_rate: z.string().optional(),
			has_b_frames: z.number().optional(),
		}),
	),
	format: z.object({ duration: z.string().optional() }),
});

const rateOf = (rate: string | undefined) => {
	const [num, den] = (rate ?? '0/1').split('/').map(Number);
	return den ? (num ?? 0) / den : 0;
};

/** The first video stream's size, rate and seek cost, read with ffprobe (packets only: nothing is decoded). */
export const probeSourceVideo = async (file: string): Promise<SourceVideo> => {
	const ffprobe = mediaBinary('ffprobe');
	const { stdout } = await run(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], { maxBuffer: 16 * 1024 * 1024 });
	const parsed = streamsSchema.parse(JSON.parse(stdout));
	const video = parsed.streams.find((stream) => stream.codec_type === 'video');
	if (!video) throw new Error(`${file} has no video stream`);
	const packets = await run(
		ffprobe,
		['-v', 'error', '-select_streams', 'v:0', '-read_intervals', '%+60', '-show_entries', 'packet=pts_time,flags', '-of', 'csv=p=0', file],
		{ maxBuffer: 64 * 1024 * 1024 },
	);
	const keyframes = packets.stdout
		.split('\n')
		.filter((line) => line.includes('K'))
		.map((line) => Number(line.split(',')[0]))
		.filter(Number.isFinite)
		.sort((a, b) => a - b);
	const durationSeconds = Number(parsed.format.duration ?? 0);
	const gaps = keyframes.slice(1).map((time, index) => time - (keyframes[index] as number));
	// One keyframe in the first minute: the whole span is one GOP.
	const maxKeyframeGapSeconds = gaps.length > 0 ? Math.max(...gaps) : Math.min(durationSeconds, 60);
	const nominal = rateOf(video.r_frame_rate);
	const average = rateOf(video.avg_frame_rate);
	return {
		codec: video.codec_name ?? 'unknown',
		width: video.width ?? 0,
		height: video.height ?? 0,
		fps: average || nominal,
		durationSeconds,
		bFrames: (video.has_b_frames ?? 0) > 0,
		maxKeyframeGapSeconds,
		variableFrameRate: nominal > 0 && average > 0 && Math.abs(nominal - average) / nominal > 0.01,
		hasAudio: parsed.streams.some((stream) => stream.codec_type === 'audio'),
	};
};
