import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../core/db/create-database.js';
import { encodePng } from '../../core/media/encode-png.js';
import { mediaBinary } from '../../core/media/media-binaries.js';
import { probeMedia } from '../../core/media/probe-media.js';

/**
 * A real H.264/AAC MP4 of random grain (so it does not compress to nothing: about 1 MB for 4 s at 2 Mbit/s), encoded with
 * the bundled ffmpeg and made once per process: rendering through Chromium is not what publishing tests are about.
 */
const clips = new Map<string, Promise<string>>();
const sampleClip = (dir: string, seconds: number, width: number, height: number, bitrate: string) => {
	const key = `${seconds}-${width}x${height}-${bitrate}`;
	const existing = clips.get(key);
	if (existing) return existing;
	const file = path.join(dir, `publish-sample-${key}.mp4`);
	fs.mkdirSync(dir, { recursive: true });
	const made = new Promise<string>((resolve, reject) => {
		const ffmpeg = spawn(
			mediaBinary('ffmpeg'),
			[
				...['-v', 'error', '-y', '-f', 'image2pipe', '-c:v', 'png', '-framerate', '30', '-i', 'pipe:0'],
				...['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`],
				...['-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', bitrate, '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '96k', '-shortest', file],
			],
			{ stdio: ['pipe', 'ignore', 'pipe'] },
		);
		let stderr = '';
		ffmpeg.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		ffmpeg.on('error', reject);
		ffmpeg.on('close', (code) => (code === 0 ? resolve(file) : reject(new Error(`ffmpeg exited ${code}: ${stderr}`))));
		ffmpeg.stdin.on('error', reject);
		for (let frame = 0; frame < 30 * seconds; frame++) ffmpeg.stdin.write(encodePng(randomBytes(width * height * 3), width, height));
		ffmpeg.stdin.end();
	});
	clips.set(key, made);
	return made;
};

/** A done Render row whose output is a real MP4 in storage, as a finished render leaves it. */
export const makeDoneRender = async (
	db: Database,
	storageDir: string,
	{
		seconds = 4,
		width = 180,
		height = 320,
		bitrate = '2M',
		fields = {},
	}: { seconds?: number; width?: number; height?: number; bitrate?: string; fields?: Record<string, unknown> } = {},
) => {
	const id = randomUUID();
	const clip = await sampleClip(path.join(storageDir, 'samples'), seconds, width, height, bitrate);
	const outputKey = `renders/${id}.mp4`;
	const target = path.join(storageDir, outputKey);
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.copyFileSync(clip, target);
	const probe = await probeMedia(target);
	await db.render.create({
		data: {
			workspaceId: 'default',
			id,
			template: 'captioned-clip',
			props: {},
			status: 'done',
			progress: 1,
			outputKey,
			outputSizeBytes: probe.sizeBytes,
			width,
			height,
			fps: 30,
			durationInFrames: Math.round(seconds * 30),
			encoder: 'libx264',
			finishedAt: new Date(),
			...fields,
		},
	});
	return { id, path: target, sizeBytes: fs.statSync(target).size };
};
