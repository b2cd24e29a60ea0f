import type { CaptionWord } from '../../compositions/captions/caption-word-schema.js';
import type { WordTiming } from './voiceover-provider.js';

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}'’#@$%&]+|[^\p{L}\p{N}'’%!?]+$/gu;

/**
 * Turns a voiceover's word timings into caption words: punctuation at the edges trimmed,
 * and a word marked for emphasis wherever it overlaps an emphasised character range of the narration.
 */
export const captionWordsFromTimings = (words: readonly WordTiming[], emphasis: readonly { start: number; end: number }[]): CaptionWord[] =>
	words.flatMap((word) => {
		const text = word.text.replace(EDGE_PUNCTUATION, '');
		if (text.length === 0) return [];
		const emphasised = emphasis.some((range) => word.charStart < range.end && word.charEnd > range.start);
		return [{ text, startMs: Math.round(word.startMs), endMs: Math.max(Math.round(word.endMs), Math.round(word.startMs) + 1), emphasis: emphasised }];
	});
