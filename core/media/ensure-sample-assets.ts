import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Storage } from '../storage/storage.js';
import { SHARED_SAMPLES_FOLDER } from '../workspaces/shared-storage-folders.js';
import { makeSampleClip } from './make-sample-clip.js';
import { makeSampleImage } from './make-sample-image.js';

const SAMPLES: { name: string; make: (target: string) => Promise<unknown> | unknown }[] = [
	{ name: 'sample-clip.mp4', make: (target) => makeSampleClip(target, { seconds: 8, width: 360, height: 640, fps: 30 }) },
	{ name: 'sample-clip-b.mp4', make: (target) => makeSampleClip(target, { seconds: 8, width: 360, height: 640, fps: 30, toneHz: 330, palette: 1 }) },
	{ name: 'sample-music.mp4', make: (target) => makeSampleClip(target, { seconds: 4, width: 32, height: 32, fps: 10, toneHz: 220, palette: 2 }) },
	{ name: 'sample-image.png', make: (target) => makeSampleImage(target, 540, 960) },
];

/**
 * The media the sample props point at (storage:samples/…): two clips, an image and a music bed, made with the
 * bundled ffmpeg on first use and put into storage (the local directory or the bucket). Nothing is downloaded.
 */
export const ensureSampleAssets = async (storage: Pick<Storage, 'stat' | 'putFile'>): Promise<void> => {
	let scratch: string | null = null;
	try {
		for (const sample of SAMPLES) {
			const key = `${SHARED_SAMPLES_FOLDER}${sample.name}`;
			if (await storage.stat(key)) continue;
			scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-samples-'));
			const made = path.join(scratch, sample.name);
			await sample.make(made);
			await storage.putFile(key, made, { contentType: sample.name.endsWith('.png') ? 'image/png' : 'video/mp4' });
		}
	} finally {
		if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
	}
};
