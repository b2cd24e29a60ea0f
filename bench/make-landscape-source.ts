import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type LandscapeSource = { width: number; height: number; bitrate: string; seconds: number };

/**
 * A landscape H.264 clip like discovered footage, made with Debian's ffmpeg (the bundled one has no test sources):
 * testsrc2's moving pattern, a subject crossing it, film-grain noise so it does not compress to nothing, at a
 * realistic constrained bitrate, 2 s GOP with B-frames, AAC tone. Kept in `file` and reused when it is already there.
 */
export const makeLandscapeSource = async ({ width, height, bitrate, seconds }: LandscapeSource, file: string): Promise<void> => {
	if (fs.existsSync(file)) return;
	const partial = `${file}.partial.mp4`;
	const subject = "drawbox=x='iw*(0.15+0.5*(1+sin(t*0.7))/2)':y='ih*0.3':w='iw*0.14':h='ih*0.42':color=orange@1:t=fill";
	await run(
		'ffmpeg',
		[
			'-v',
			'error',
			'-y',
			'-f',
			'lavfi',
			'-i',
			`testsrc2=size=${width}x${height}:rate=30:duration=${seconds}`,
			'-f',
			'lavfi',
			'-i',
			`sine=frequency=330:duration=${seconds}:sample_rate=48000`,
			'-filter_complex',
			`[0:v]${subject},noise=alls=14:allf=t+u[v]`,
			'-map',
			'[v]',
			'-map',
			'1:a',
			'-c:v',
			'libx264',
			'-preset',
			'veryfast',
			'-b:v',
			bitrate,
			'-maxrate',
			bitrate,
			'-bufsize',
			bitrate,
			'-g',
			'60',
			'-bf',
			'3',
			'-pix_fmt',
			'yuv420p',
			'-c:a',
			'aac',
			'-b:a',
			'128k',
			'-movflags',
			'+faststart',
			partial,
		],
		{ maxBuffer: 16 * 1024 * 1024 },
	);
	fs.renameSync(partial, file);
};
