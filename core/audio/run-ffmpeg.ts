import { spawn } from 'node:child_process';
import { mediaBinary } from '../media/media-binaries.js';

export type FfmpegRun = { stdout: Buffer; stderr: string };

/**
 * Runs Remotion's bundled ffmpeg (the same build on every machine that renders) with `input` on stdin, collecting what it
 * writes. A failure carries the end of ffmpeg's own message, which names what it could not do.
 */
export const runFfmpeg = (args: readonly string[], { input, signal }: { input?: Buffer; signal?: AbortSignal } = {}): Promise<FfmpegRun> =>
	new Promise((resolve, reject) => {
		const child = spawn(mediaBinary('ffmpeg'), ['-hide_banner', '-nostdin', ...args], { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], signal });
		const out: Buffer[] = [];
		let stderr = '';
		child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => {
			stderr = (stderr + chunk.toString()).slice(-20_000);
		});
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve({ stdout: Buffer.concat(out), stderr })
				: reject(new Error(`ffmpeg ${args.join(' ').slice(0, 200)} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`)),
		);
		if (input && child.stdin) {
			child.stdin.on('error', () => {});
			child.stdin.end(input);
		}
	});
