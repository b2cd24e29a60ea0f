import type { CaptionsRequest } from './captions-request-schema.js';
import type { TranscriptWord } from './transcript-word.js';

const key = (word: string) => word.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Marks words for emphasis by the request's rule; words already marked (by an edit) stay marked. */
export const markEmphasis = (words: readonly TranscriptWord[], rule: CaptionsRequest['emphasis']): TranscriptWord[] => {
	const listed = new Set(rule.words.map(key));
	const indexes = new Set(rule.indexes);
	return words.map((word, index) => ({
		...word,
		emphasis: word.emphasis || indexes.has(index) || listed.has(key(word.text)) || (rule.numbers && /\p{N}/u.test(word.text)),
	}));
};
