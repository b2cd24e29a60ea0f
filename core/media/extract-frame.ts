import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { mediaBinary } from './media-binaries.js';

const run = promisify(execFile);

export type FrameEncoding = { format: 'png' } | { format: 'jpeg' /** ffmpeg's -q:v for JPEG: 2 (best) to 31. */; quality: number };

/**
 * One frame of a video as a PNG or JPEG, its longest side at most `maxSide`. Seeks before the input, which is fast and
 * exact enough for a still.
 */
export const extractFrame = async (
	video: string,
	seconds: number,
	output: string,
	{ maxSide, encoding }: { maxSide: number; encoding: FrameEncoding },
): Promise<{ sizeBytes: number }> => {
	const scale = `scale='if(gt(iw,ih),min(${maxSide},iw),-2)':'if(gt(iw,ih),-2,min(${maxSide},ih))'`;
	// The bundled ffmpeg's JPEG encoder takes full-range YUV only.
	const codec = encoding.format === 'png' ? ['-c:v', 'png'] : ['-c:v', 'mjpeg', '-q:v', String(encoding.quality), '-pix_fmt', 'yuvj420p'];
	await run(mediaBinary('ffmpeg'), [
		'-v',
		'error',
		'-y',
		'-ss',
		seconds.toFixed(3),
		'-i',
		video,
		'-frames:v',
		'1',
		'-vf',
		scale,
		...codec,
		'-f',
		'image2',
		output,
	]);
	const { size } = await fs.promises.stat(output);
	if (size === 0) throw new Error(`ffmpeg wrote no frame at ${seconds} s of the video`);
	return { sizeBytes: size };
};
