import path from 'node:path';
import { makeSampleClip } from './make-sample-clip.js';
import { makeSampleImage } from './make-sample-image.js';

/**
 * The media the sample props point at (storage:samples/…): two clips, an image and a music bed, made with the
 * bundled ffmpeg on first use. Nothing is downloaded.
 */
export const ensureSampleAssets = async (storageDir: string) => {
	const dir = path.join(storageDir, 'samples');
	await makeSampleClip(path.join(dir, 'sample-clip.mp4'), { seconds: 8, width: 360, height: 640, fps: 30 });
	await makeSampleClip(path.join(dir, 'sample-clip-b.mp4'), { seconds: 8, width: 360, height: 640, fps: 30, toneHz: 330, palette: 1 });
	await makeSampleClip(path.join(dir, 'sample-music.mp4'), { seconds: 4, width: 32, height: 32, fps: 10, toneHz: 220, palette: 2 });
	makeSampleImage(path.join(dir, 'sample-image.png'), 540, 960);
};
