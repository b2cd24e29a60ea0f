import { type Credit, creditLinesOf } from '../../credits-of-clips.js';
import type { PublishInput } from '../../publish-target.js';
import { YOUTUBE_DESCRIPTION_MAX_BYTES, type YoutubeTarget } from './youtube-target-schema.js';

const SHORTS_TAG = '#Shorts';
const SHORTS_MAX_SECONDS = 60;

/** Vertical and a minute or less: YouTube treats it as a Short. */
export const isShortOf = (render: PublishInput['render']): boolean => {
	const { width, height, fps, durationInFrames } = render;
	if (!width || !height || !fps || !durationInFrames) return false;
	return height > width && durationInFrames / fps <= SHORTS_MAX_SECONDS;
};

/**
 * The snippet and status sent with videos.insert. Shorts get #Shorts in the title (or the description when the title
 * has no room left, and the description has); a scheduled video is uploaded private with publishAt, which is how YouTube schedules.
 */
export const youtubeVideoResourceOf = (target: YoutubeTarget, render: PublishInput['render'], credits: readonly Credit[] = []) => {
	let title = target.title;
	let description = target.description ?? '';
	// Stock clips are credited in the description (their provider, author, page and licence), where it still fits.
	const lines = creditLinesOf(credits);
	const credited = lines ? (description ? `${description}\n\n${lines}` : lines) : description;
	if (new TextEncoder().encode(credited).length <= YOUTUBE_DESCRIPTION_MAX_BYTES) description = credited;
	if (isShortOf(render) && !/#shorts\b/i.test(`${title} ${description}`)) {
		const tagged = description ? `${description}\n\n${SHORTS_TAG}` : SHORTS_TAG;
		if (title.length + SHORTS_TAG.length + 1 <= 100) title = `${title} ${SHORTS_TAG}`;
		// A description already at YouTube's limit stays as it is: YouTube tells Shorts by their shape anyway.
		else if (new TextEncoder().encode(tagged).length <= YOUTUBE_DESCRIPTION_MAX_BYTES) description = tagged;
	}
	return {
		snippet: { title, description, tags: target.tags ?? [], categoryId: target.categoryId },
		status: {
			privacyStatus: target.publishAt ? 'private' : target.privacy,
			...(target.publishAt ? { publishAt: new Date(target.publishAt).toISOString() } : {}),
			selfDeclaredMadeForKids: target.madeForKids,
		},
	};
};
