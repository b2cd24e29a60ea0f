import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mediaBinary } from '../../core/media/media-binaries.js';
import { probeMedia } from '../../core/media/probe-media.js';
import type { RgbFrame } from './decode-video-frames.js';

const run = promisify(execFile);

/** A PNG's pixels as RGB24, decoded with the bundled ffmpeg. */
export const decodePng = async (file: string): Promise<RgbFrame> => {
	const probe = await probeMedia(file);
	const width = probe.video?.width ?? 0;
	const height = probe.video?.height ?? 0;
	const { stdout } = await run(mediaBinary('ffmpeg'), ['-v', 'error', '-i', file, '-f', 'image2pipe', '-c:v', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], {
		encoding: 'buffer',
		maxBuffer: 256 * 1024 * 1024,
	});
	return { width, height, pixels: stdout.subarray(0, width * height * 3) };
};

/** Mean absolute channel difference (0..255) and the share of pixels where any channel differs by more than 48. */
export const compareImages = (a: RgbFrame, b: RgbFrame) => {
	if (a.width !== b.width || a.height !== b.height) return { sameSize: false, meanDiff: Number.POSITIVE_INFINITY, changedShare: 1 };
	let total = 0;
	let changed = 0;
	for (let i = 0; i < a.pixels.length; i += 3) {
		let worst = 0;
		for (let c = 0; c < 3; c++) {
			const diff = Math.abs((a.pixels[i + c] ?? 0) - (b.pixels[i + c] ?? 0));
			total += diff;
			worst = Math.max(worst, diff);
		}
		if (worst > 48) changed++;
	}
	return { sameSize: true, meanDiff: total / a.pixels.length, changedShare: changed / (a.width * a.height) };
};
