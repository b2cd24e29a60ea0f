import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FocalKey } from '../../../compositions/shared/media-schemas.js';
import type { Logger } from '../../../core/log/create-logger.js';
import { mediaBinary } from '../../../core/media/media-binaries.js';
import { probeMedia } from '../../../core/media/probe-media.js';
import { cropOffsetExpression } from './crop-offset-expression.js';
import { MediaSourceError } from './media-source-error.js';
import type { ProxyPlan } from './plan-clip-proxy.js';

const run = promisify(execFile);

export type ClipProxyJob = {
	/** The `src` the props name, for errors. */
	src: string;
	file: string;
	target: string;
	plan: Extract<ProxyPlan, { use: true }>;
	source: { width: number; height: number };
	/** Where the crop sits: a fixed point, or a path by source time (auto reframe). */
	focal: { x: number; y: number } | readonly FocalKey[];
	startSeconds: number;
	durationSeconds: number;
	audio: boolean;
};

/** Keyframes every half second or so: a render seeks anywhere in the proxy by decoding a few frames at most. */
const KEYFRAME_INTERVAL_FRAMES = 15;

const lastLinesOf = (error: unknown) => {
	const stderr = (error as { stderr?: unknown }).stderr;
	return (typeof stderr === 'string' ? stderr : String(error)).split('\n').slice(-20).join('\n');
};

// What ffmpeg says when the input itself is bad, as opposed to anything else going wrong while making the proxy.
const DAMAGED_INPUT = /invalid data found|error while decoding|corrupt|invalid nal|moov atom not found|truncat|error splitting the input/i;

/**
 * Transcodes the part of a clip a render shows into a proxy at `target`: cropped as the frame crops it, at the
 * frame's size and the render's rate, intra-refreshed often, decoded with errors fatal so a damaged source fails
 * here, with a reason, instead of drawing grey frames. x264 ultrafast: the proxy is for this machine's decoder.
 */
export const makeClipProxy = async (job: ClipProxyJob, options: { logger?: Pick<Logger, 'warn'>; signal?: AbortSignal }): Promise<void> => {
	const { plan, source } = job;
	const spanX = source.width - plan.crop.width;
	const spanY = source.height - plan.crop.height;
	const offset = (axis: 'x' | 'y', span: number) =>
		Array.isArray(job.focal)
			? `'${cropOffsetExpression(job.focal, axis, span, job.startSeconds)}'`
			: String(Math.round(span * (job.focal as { x: number; y: number })[axis]));
	const filters = [
		// exact: crop otherwise rounds odd offsets down to even (chroma), a pixel off from where the browser would crop.
		`crop=${plan.crop.width}:${plan.crop.height}:${offset('x', spanX)}:${offset('y', spanY)}:exact=1`,
		...(plan.size.width !== plan.crop.width || plan.size.height !== plan.crop.height ? [`scale=${plan.size.width}:${plan.size.height}:flags=bicubic`] : []),
		'format=yuv420p',
	];
	const args = [
		'-v',
		'error',
		'-xerror',
		'-nostdin',
		'-y',
		...(job.startSeconds > 0 ? ['-ss', job.startSeconds.toFixed(3)] : []),
		'-t',
		job.durationSeconds.toFixed(3),
		'-i',
		job.file,
		'-map',
		'0:v:0',
		...(job.audio ? ['-map', '0:a:0?', '-c:a', 'aac', '-b:a', '192k'] : ['-an']),
		// An output rate, not the fps filter: the bundled ffmpeg has no fps filter.
		'-vf',
		filters.join(','),
		'-r',
		String(plan.fps),
		'-c:v',
		'libx264',
		'-preset',
		'ultrafast',
		'-crf',
		'16',
		'-g',
		String(KEYFRAME_INTERVAL_FRAMES),
		'-bf',
		'0',
		'-movflags',
		'+faststart',
		'-f',
		'mp4',
		job.target,
	];
	try {
		await run(mediaBinary('ffmpeg'), args, { maxBuffer: 16 * 1024 * 1024, ...(options.signal ? { signal: options.signal } : {}) });
	} catch (error) {
		options.signal?.throwIfAborted();
		const output = lastLinesOf(error);
		options.logger?.warn('making a clip proxy failed', { src: job.src, error: output });
		if (DAMAGED_INPUT.test(output)) throw new MediaSourceError(job.src, 'its video could not be decoded (the file is damaged or cut short)', false, 'damaged');
		// Not the file's fault (a full disk, a killed process): retried like any unexpected failure.
		throw new Error(`making a proxy of ${job.src} failed: ${output.trim().split('\n').at(-1) ?? 'ffmpeg failed'}`);
	}
	const made = await probeMedia(job.target);
	const expected = Math.floor(job.durationSeconds * plan.fps);
	const frames = made.video?.frames ?? 0;
	// A cut-short file decodes without an error and simply ends early.
	if (frames < expected - 2) {
		throw new MediaSourceError(
			job.src,
			`its video ends early: ${frames} of the ${expected} frames from ${job.startSeconds} s could be decoded (the file is damaged or cut short)`,
			false,
			'damaged',
		);
	}
};
