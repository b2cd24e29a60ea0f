import type { CaptionWord } from '../captions/caption-word-schema.js';
import type { Segment } from '../shared/media-schemas.js';

/**
 * The frame the end card starts on: where the call to action is spoken when the narration has one (its captions stay
 * on top of the card), else its own length before the end, or later when words are still spoken then: right after the
 * last one. Never frame 0: at least one frame of clips is shown.
 */
export const endCardStart = (options: {
	durationInFrames: number;
	fps: number;
	cardSeconds: number;
	segments: readonly Segment[];
	words: readonly CaptionWord[];
}): number => {
	const { durationInFrames, fps } = options;
	const cta = options.segments.find((segment) => segment.kind === 'cta');
	const lastWordEndMs = Math.max(0, ...options.words.map((word) => word.endMs));
	const start = cta
		? Math.floor((cta.startMs / 1000) * fps)
		: Math.max(Math.ceil((lastWordEndMs / 1000) * fps), durationInFrames - Math.round(options.cardSeconds * fps));
	return Math.min(durationInFrames, Math.max(1, start));
};
