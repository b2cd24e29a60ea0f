import path from 'node:path';
import { makeSampleClip } from '../../core/media/make-sample-clip.js';
import type { Storage } from '../../core/storage/storage.js';
import { makeTempDir } from './temp-dir.js';

/** The key of the test stacks' sample clip: 3 s, 180x320, with a tone. */
export const SAMPLE_CLIP_KEY = 'samples/clip.mp4';

/** Puts the test sample clip into storage (the directory or the bucket) unless it is there already. */
export const storeSampleClip = async (storage: Pick<Storage, 'stat' | 'putFile'>): Promise<void> => {
	if (await storage.stat(SAMPLE_CLIP_KEY)) return;
	const file = await makeSampleClip(path.join(makeTempDir('sample'), 'clip.mp4'), { seconds: 3, width: 180, height: 320, fps: 30 });
	await storage.putFile(SAMPLE_CLIP_KEY, file, { contentType: 'video/mp4' });
};
