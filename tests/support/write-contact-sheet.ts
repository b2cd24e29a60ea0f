import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RgbFrame } from './decode-video-frames.js';

const run = promisify(execFile);

/** Frames side by side in one PNG (a contact sheet a person can look at), through Debian's ffmpeg from raw RGB. */
export const writeContactSheet = async (frames: readonly RgbFrame[], outputPath: string): Promise<void> => {
	const first = frames[0];
	if (!first) throw new Error('"frames" must hold at least one frame');
	const strip = Buffer.alloc(first.width * frames.length * first.height * 3);
	for (const [index, frame] of frames.entries()) {
		for (let y = 0; y < frame.height; y++) {
			frame.pixels.copy(strip, (y * first.width * frames.length + index * first.width) * 3, y * frame.width * 3, (y + 1) * frame.width * 3);
		}
	}
	const child = run('ffmpeg', [
		'-v',
		'error',
		'-y',
		'-f',
		'rawvideo',
		'-pix_fmt',
		'rgb24',
		'-s',
		`${first.width * frames.length}x${first.height}`,
		'-i',
		'pipe:0',
		'-frames:v',
		'1',
		outputPath,
	]);
	child.child.stdin?.end(strip);
	await child;
};
