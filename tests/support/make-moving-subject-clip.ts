import { spawn } from 'node:child_process';
import { encodePng } from '../../core/media/encode-png.js';
import { mediaBinary } from '../../core/media/media-binaries.js';

/** One shot of a generated clip: until `untilSeconds`, a busy still background (`seed`) and a subject at `subjectAt(t)`. */
export type Shot = { untilSeconds: number; seed: number; subjectAt: (seconds: number) => { x: number; y: number } };

/** `checker`: the side of the subject's checker squares in pixels (6 by default). */
export type MovingSubjectClip = { width: number; height: number; fps: number; shots: Shot[]; subjectSize: number; checker?: number };

/** A deterministic busy texture: blocks of random grey with a gradient, different per seed (a cut changes all of it). */
const backgroundOf = (width: number, height: number, seed: number): Uint8Array => {
	let state = seed * 2654435761;
	const random = () => {
		state = (state * 1103515245 + 12345) >>> 0;
		return state / 2 ** 32;
	};
	const block = 8;
	const cols = Math.ceil(width / block);
	const levels = Array.from({ length: cols * Math.ceil(height / block) }, () => 40 + random() * 150);
	const plane = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const level = levels[Math.floor(y / block) * cols + Math.floor(x / block)] as number;
			plane[y * width + x] = Math.min(255, level * 0.8 + (x / width) * 40 + (seed % 3) * 10);
		}
	}
	return plane;
};

/** Where the subject is at `seconds` (0..1 of the frame, its centre). */
export const subjectAt = (clip: MovingSubjectClip, seconds: number) => {
	const shot = clip.shots.find((each) => seconds < each.untilSeconds) ?? (clip.shots[clip.shots.length - 1] as Shot);
	return shot.subjectAt(seconds);
};

/**
 * Writes an H.264 MP4 (with a tone, moov first) of a subject, a black-and-white checker square `subjectSize` of the
 * frame's height, moving over busy still backgrounds, cut between shots: footage whose subject position is known.
 */
export const makeMovingSubjectClip = (clip: MovingSubjectClip, output: string, { gop = 60 }: { gop?: number } = {}) =>
	new Promise<void>((resolve, reject) => {
		const { width, height, fps } = clip;
		const seconds = clip.shots[clip.shots.length - 1]?.untilSeconds ?? 1;
		const args = [
			'-v',
			'error',
			'-y',
			// The bundled ffmpeg reads PNG streams, not raw video.
			'-f',
			'image2pipe',
			'-c:v',
			'png',
			'-framerate',
			String(fps),
			'-i',
			'pipe:0',
			'-f',
			'lavfi',
			'-i',
			`sine=frequency=440:duration=${seconds}`,
			'-c:v',
			'libx264',
			'-preset',
			'veryfast',
			'-crf',
			'20',
			'-g',
			String(gop),
			'-pix_fmt',
			'yuv420p',
			'-c:a',
			'aac',
			'-shortest',
			'-movflags',
			'+faststart',
			output,
		];
		const child = spawn(mediaBinary('ffmpeg'), args, { stdio: ['pipe', 'ignore', 'pipe'] });
		// A failed ffmpeg closes its input: the close handler reports why, not the write.
		child.stdin.on('error', () => {});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg failed making a test clip: ${stderr.slice(-1000)}`))));
		const backgrounds = new Map<number, Uint8Array>();
		const side = Math.round(height * clip.subjectSize);
		const cell = clip.checker ?? 6;
		const write = async () => {
			for (let frame = 0; frame < Math.round(seconds * fps); frame++) {
				const t = frame / fps;
				const shot = clip.shots.find((each) => t < each.untilSeconds) ?? (clip.shots[clip.shots.length - 1] as Shot);
				const background = backgrounds.get(shot.seed) ?? backgroundOf(width, height, shot.seed);
				backgrounds.set(shot.seed, background);
				const luma = Uint8Array.from(background);
				const centre = shot.subjectAt(t);
				const left = Math.round(centre.x * width - side / 2);
				const top = Math.round(centre.y * height - side / 2);
				for (let y = Math.max(0, top); y < Math.min(height, top + side); y++) {
					for (let x = Math.max(0, left); x < Math.min(width, left + side); x++) {
						luma[y * width + x] = (Math.floor((x - left) / cell) + Math.floor((y - top) / cell)) % 2 === 0 ? 250 : 5;
					}
				}
				const rgb = Buffer.alloc(width * height * 3);
				for (let index = 0; index < luma.length; index++) rgb.fill(luma[index] as number, index * 3, index * 3 + 3);
				if (!child.stdin.write(encodePng(rgb, width, height))) await new Promise((done) => child.stdin.once('drain', done));
			}
			child.stdin.end();
		};
		write().catch(reject);
	});
