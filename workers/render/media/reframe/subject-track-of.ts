import fs from 'node:fs';
import type { FetchMediaOptions } from '../fetch-media-source.js';
import type { SourceVideo } from '../probe-source-video.js';
import { readGrayFrames } from './read-gray-frames.js';
import { type SubjectTrack, trackSubject } from './track-subject.js';

/** The subject track of a clip, computed once per source content on this machine (media cache) and read back after. */
export const subjectTrackOf = async (
	file: string,
	hash: string,
	source: Pick<SourceVideo, 'width' | 'height' | 'fps'>,
	options: Pick<FetchMediaOptions, 'mediaCache' | 'signal'>,
): Promise<SubjectTrack> => {
	const copy = await options.mediaCache.obtain(`reframe-v1-${hash.slice(0, 32)}`, '.json', async (target) => {
		const frames = await readGrayFrames(file, source, options.signal ? { signal: options.signal } : {});
		await fs.promises.writeFile(target, JSON.stringify(trackSubject(frames)));
	});
	try {
		return JSON.parse(await fs.promises.readFile(copy.path, 'utf8')) as SubjectTrack;
	} finally {
		copy.release();
	}
};
