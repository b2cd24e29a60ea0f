import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { encodePng } from './encode-png.js';
import { mediaBinary } from './media-binaries.js';

export type SampleClipOptions = { seconds: number; width: number; height: number; fps: number; toneHz?: number; palette?: 0 | 1 | 2 };

/** RGB24 frame: diagonal colour bands drifting with time and a white square crossing the frame, so motion is visible. */
const drawFrame = (buffer: Buffer, width: number, height: number, frame: number, fps: number, palette: number) => {
	const t = frame / fps;
	const square = Math.round(Math.min(width, height) / 5);
	const sx = Math.round(((Math.sin(t * 1.3) + 1) / 2) * (width - square));
	const sy = Math.round(((Math.cos(t * 0.9) + 1) / 2) * (height - square));
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 3;
			if (x >= sx && x < sx + square && y >= sy && y < sy + square) {
				buffer[i] = 255;
				buffer[i + 1] = 255;
				buffer[i + 2] = 255;
				continue;
			}
			const band = (x + y + frame * 6) / 90;
			const channels = [110 + Math.round(90 * Math.sin(band)), 60 + Math.round(50 * Math.sin(band + 2.1)), 150 + Math.round(90 * Math.sin(band + 4.2))];
			// Each palette rotates the channels, so sample clips are told apart at a glance (green stays low).
			buffer[i] = channels[palette % 3] ?? 0;
			buffer[i + 1] = channels[1] ?? 0;
			buffer[i + 2] = channels[(palette + 2) % 3] ?? 0;
		}
	}
};

/**
 * Writes a synthetic H.264/AAC clip (moving pattern and a tone) with Remotion's bundled ffmpeg.
 * Gives the demo and the tests a real clip without shipping or downloading media.
 */
export const makeSampleClip = async (target: string, options: SampleClipOptions): Promise<string> => {
	if (fs.existsSync(target)) return target;
	fs.mkdirSync(path.dirname(target), { recursive: true });
	const partial = `${target}.partial-${process.pid}.mp4`;
	const { width, height, fps, seconds } = options;
	const ffmpeg = spawn(
		mediaBinary('ffmpeg'),
		[
			...['-v', 'error', '-y', '-f', 'image2pipe', '-c:v', 'png', '-framerate', String(fps), '-i', 'pipe:0'],
			...['-f', 'lavfi', '-i', `sine=frequency=${options.toneHz ?? 440}:sample_rate=48000:duration=${seconds}`],
			...['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-g', String(fps)],
			...['-c:a', 'aac', '-b:a', '96k', '-shortest', '-movflags', '+faststart', partial],
		],
		{ stdio: ['pipe', 'ignore', 'pipe'] },
	);
	let stderr = '';
	ffmpeg.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	const exited = new Promise<number | null>((resolve, reject) => {
		ffmpeg.on('error', reject);
		ffmpeg.on('close', resolve);
	});
	const buffer = Buffer.alloc(width * height * 3);
	for (let frame = 0; frame < Math.round(seconds * fps); frame++) {
		drawFrame(buffer, width, height, frame, fps, options.palette ?? 0);
		if (!ffmpeg.stdin.write(encodePng(buffer, width, height))) await once(ffmpeg.stdin, 'drain');
	}
	ffmpeg.stdin.end();
	const code = await exited;
	if (code !== 0) throw new Error(`ffmpeg could not write the sample clip (exit ${code}): ${stderr.trim()}`);
	fs.renameSync(partial, target);
	return target;
};
