import { createTikTokStyleCaptions, type TikTokPage } from '@remotion/captions';
import type { CaptionWord } from './caption-word-schema.js';

export type CaptionPage = TikTokPage & { emphasisStarts: ReadonlySet<number> };

/** Groups timed words into pages shown one at a time; a token is the active word while fromMs <= t < toMs. */
export const pageCaptions = (words: readonly CaptionWord[], pageDurationMs: number): CaptionPage[] => {
	const sorted = [...words].sort((a, b) => a.startMs - b.startMs);
	const { pages } = createTikTokStyleCaptions({
		// A leading space marks a word boundary for createTikTokStyleCaptions.
		captions: sorted.map((word, index) => ({
			text: index === 0 ? word.text : ` ${word.text}`,
			startMs: word.startMs,
			endMs: word.endMs,
			timestampMs: word.startMs,
			confidence: null,
		})),
		combineTokensWithinMilliseconds: pageDurationMs,
	});
	const emphasisStarts = new Set(sorted.filter((word) => word.emphasis).map((word) => word.startMs));
	return pages.map((page) => ({ ...page, emphasisStarts }));
};
