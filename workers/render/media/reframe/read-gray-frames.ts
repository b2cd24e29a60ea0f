import { spawn } from 'node:child_process';
import { mediaBinary } from '../../../../core/media/media-binaries.js';

export type GrayFrames = { width: number; height: number; fps: number; frames: Uint8Array[] };

/**
 * Decodes a video into small greyscale frames (`width` wide, about `fps` a second) for analysis: cheap enough for long
 * clips. Every decoded frame is read and every n-th kept, so frame i is at i / fps of a constant-rate source (ffmpeg's
 * own rate conversion repeats frames at the start).
 */
export const readGrayFrames = (
	file: string,
	source: { width: number; height: number; fps: number },
	{ width = 160, fps: wanted = 10, signal }: { width?: number; fps?: number; signal?: AbortSignal } = {},
) =>
	new Promise<GrayFrames>((resolve, reject) => {
		const step = Math.max(1, Math.round((source.fps || wanted) / wanted));
		const fps = (source.fps || wanted) / step;
		const height = Math.max(2, Math.round((width * source.height) / source.width / 2) * 2);
		// The bundled ffmpeg has no rawvideo muxer; image2pipe writes each raw frame as it is.
		const args = [
			'-v',
			'error',
			'-nostdin',
			'-i',
			file,
			'-an',
			'-vf',
			`scale=${width}:${height}:flags=area,format=gray`,
			'-fps_mode',
			'passthrough',
			'-c:v',
			'rawvideo',
			'-f',
			'image2pipe',
			'pipe:1',
		];
		const child = spawn(mediaBinary('ffmpeg'), args, { stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
		const chunks: Buffer[] = [];
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => {
			stderr = (stderr + chunk.toString()).slice(-4000);
		});
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) {
				reject(new Error(`ffmpeg could not decode ${file} for analysis (exit ${code}): ${stderr.trim().split('\n').at(-1) ?? ''}`));
				return;
			}
			const all = Buffer.concat(chunks);
			const size = width * height;
			const frames: Uint8Array[] = [];
			for (let offset = 0; offset + size <= all.length; offset += size * step) frames.push(new Uint8Array(all.buffer, all.byteOffset + offset, size));
			resolve({ width, height, fps, frames });
		});
	});
