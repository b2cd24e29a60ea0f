import fs from 'node:fs';
import { extractFrame, type FrameEncoding } from './extract-frame.js';

/** Tried in order until one fits: a lossless PNG (1280 is plenty for a thumbnail), then JPEG, then JPEG smaller. */
const ATTEMPTS: { maxSide: number; encoding: FrameEncoding }[] = [
	{ maxSide: 1280, encoding: { format: 'png' } },
	{ maxSide: 1280, encoding: { format: 'jpeg', quality: 2 } },
	{ maxSide: 1280, encoding: { format: 'jpeg', quality: 5 } },
	{ maxSide: 960, encoding: { format: 'jpeg', quality: 8 } },
	{ maxSide: 640, encoding: { format: 'jpeg', quality: 12 } },
];

/**
 * One frame of a video as an image of at most `maxBytes`: PNG when it fits, else JPEG (a noisy frame's PNG can be far
 * over a platform's limit), re-encoded smaller until it fits. Writes `<stem>.png` or `<stem>.jpg`.
 */
export const extractThumbnail = async (
	video: string,
	seconds: number,
	stem: string,
	{ maxBytes }: { maxBytes: number },
): Promise<{ path: string; contentType: 'image/png' | 'image/jpeg'; sizeBytes: number }> => {
	let smallest = Number.POSITIVE_INFINITY;
	for (const { maxSide, encoding } of ATTEMPTS) {
		const output = `${stem}.${encoding.format === 'png' ? 'png' : 'jpg'}`;
		const { sizeBytes } = await extractFrame(video, seconds, output, { maxSide, encoding });
		if (sizeBytes <= maxBytes) return { path: output, contentType: `image/${encoding.format}`, sizeBytes };
		smallest = Math.min(smallest, sizeBytes);
		await fs.promises.rm(output, { force: true });
	}
	throw new Error(`The frame at ${seconds} s does not fit in ${maxBytes} bytes in any encoding tried (smallest: ${smallest} bytes)`);
};
