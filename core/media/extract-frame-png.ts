import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { mediaBinary } from './media-binaries.js';

const run = promisify(execFile);

/**
 * One frame of a video as a PNG, its longest side at most `maxSide` (YouTube thumbnails: 2 MB at most, 1280 wide is plenty).
 * Seeks before the input, which is fast and exact enough for a still.
 */
export const extractFramePng = async (video: string, seconds: number, output: string, { maxSide = 1280 } = {}): Promise<{ sizeBytes: number }> => {
	const scale = `scale='if(gt(iw,ih),min(${maxSide},iw),-2)':'if(gt(iw,ih),-2,min(${maxSide},ih))'`;
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
		'-c:v',
		'png',
		'-f',
		'image2',
		output,
	]);
	const { size } = await fs.promises.stat(output);
	if (size === 0) throw new Error(`ffmpeg wrote no frame at ${seconds} s of the video`);
	return { sizeBytes: size };
};
