import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import { mediaBinary } from './media-binaries.js';

const run = promisify(execFile);

const ffprobeOutputSchema = z.object({
	streams: z.array(
		z.object({
			codec_type: z.string(),
			codec_name: z.string().optional(),
			width: z.number().optional(),
			height: z.number().optional(),
			avg_frame_rate: z.string().optional(),
			nb_frames: z.string().optional(),
			nb_read_frames: z.string().optional(),
			duration: z.string().optional(),
		}),
	),
	format: z.object({ duration: z.string().optional(), size: z.string().optional(), format_name: z.string() }),
});

export type MediaProbe = {
	durationSeconds: number;
	sizeBytes: number;
	formatName: string;
	video: { codec: string; width: number; height: number; fps: number; frames: number | null } | null;
	audio: { codec: string; durationSeconds: number | null } | null;
};

const parseRate = (rate: string | undefined) => {
	const [num, den] = (rate ?? '0/1').split('/').map(Number);
	return den ? (num ?? 0) / den : 0;
};

/** What ffprobe says a media file holds. `countFrames` decodes the video to count frames exactly (slower). */
export const probeMedia = async (file: string, { countFrames = false } = {}): Promise<MediaProbe> => {
	const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams'];
	if (countFrames) args.push('-count_frames');
	const { stdout } = await run(mediaBinary('ffprobe'), [...args, file], { maxBuffer: 16 * 1024 * 1024 });
	const parsed = ffprobeOutputSchema.parse(JSON.parse(stdout));
	const video = parsed.streams.find((s) => s.codec_type === 'video');
	const audio = parsed.streams.find((s) => s.codec_type === 'audio');
	const frames = video?.nb_read_frames ?? video?.nb_frames;
	return {
		durationSeconds: Number(parsed.format.duration ?? 0),
		sizeBytes: Number(parsed.format.size ?? 0),
		formatName: parsed.format.format_name,
		video: video
			? {
					codec: video.codec_name ?? 'unknown',
					width: video.width ?? 0,
					height: video.height ?? 0,
					fps: parseRate(video.avg_frame_rate),
					frames: frames === undefined ? null : Number(frames),
				}
			: null,
		audio: audio ? { codec: audio.codec_name ?? 'unknown', durationSeconds: audio.duration ? Number(audio.duration) : null } : null,
	};
};
