import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mediaBinary } from '../../core/media/media-binaries.js';

const run = promisify(execFile);

export type RgbFrame = { width: number; height: number; pixels: Buffer };

/** Every frame of a (small) video as RGB24, in order, decoded with the bundled ffmpeg. */
export const decodeVideoFrames = async (file: string, width: number, height: number): Promise<RgbFrame[]> => {
	const { stdout } = await run(
		mediaBinary('ffmpeg'),
		['-v', 'error', '-i', file, '-fps_mode', 'passthrough', '-f', 'image2pipe', '-c:v', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
		{ encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
	);
	const size = width * height * 3;
	const frames: RgbFrame[] = [];
	for (let at = 0; at + size <= stdout.length; at += size) frames.push({ width, height, pixels: stdout.subarray(at, at + size) });
	return frames;
};

/** Centre (x, y) and count of the pixels for which `match(r, g, b)` holds; null when there are none. */
export const centroidOf = (frame: RgbFrame, match: (r: number, g: number, b: number) => boolean) => {
	let sumX = 0;
	let sumY = 0;
	let count = 0;
	for (let y = 0; y < frame.height; y++) {
		for (let x = 0; x < frame.width; x++) {
			const i = (y * frame.width + x) * 3;
			if (match(frame.pixels[i] ?? 0, frame.pixels[i + 1] ?? 0, frame.pixels[i + 2] ?? 0)) {
				sumX += x;
				sumY += y;
				count++;
			}
		}
	}
	return count === 0 ? null : { x: sumX / count, y: sumY / count, count };
};
