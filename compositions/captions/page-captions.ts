import { createTikTokStyleCaptions, type TikTokPage } from '@remotion/captions';
import type { CaptionWord } from './caption-word-schema.js';
import { usesSpaces } from './segment-words.js';

export type CaptionPage = TikTokPage & { emphasisStarts: ReadonlySet<number> };

/**
 * Groups timed words into pages shown one at a time: words within `pageDurationMs` of a page's first word share it,
 * at most `maxWordsPerPage` of them. A token is the active word while fromMs <= t < toMs.
 */
export const pageCaptions = (words: readonly CaptionWord[], pageDurationMs: number, maxWordsPerPage = Number.POSITIVE_INFINITY): CaptionPage[] => {
	const sorted = [...words].sort((a, b) => a.startMs - b.startMs);
	const { pages } = createTikTokStyleCaptions({
		// A leading space marks a word boundary for createTikTokStyleCaptions, and is drawn; words of scripts written
		// without spaces (Chinese, Japanese) follow each other without one.
		captions: sorted.map((word, index) => ({
			text: index === 0 || !(usesSpaces(sorted[index - 1]?.text ?? '') || usesSpaces(word.text)) ? word.text : ` ${word.text}`,
			startMs: word.startMs,
			endMs: word.endMs,
			timestampMs: word.startMs,
			confidence: null,
		})),
		combineTokensWithinMilliseconds: pageDurationMs,
	});
	const emphasisStarts = new Set(sorted.filter((word) => word.emphasis).map((word) => word.startMs));
	return pages.flatMap((page) => {
		const split: CaptionPage[] = [];
		for (let i = 0; i < page.tokens.length; i += maxWordsPerPage) {
			const tokens = page.tokens.slice(i, i + maxWordsPerPage).map((token, index) => (index === 0 ? { ...token, text: token.text.trimStart() } : token));
			const first = tokens[0];
			const last = tokens.at(-1);
			if (!first || !last) continue;
			split.push({ text: tokens.map((token) => token.text).join(''), startMs: first.fromMs, durationMs: last.toMs - first.fromMs, tokens, emphasisStarts });
		}
		return split;
	});
};
