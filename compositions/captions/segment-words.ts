/** Scripts written without spaces between words: word boundaries there come from a dictionary (Intl.Segmenter). */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export type WordSpan = { start: number; end: number };

/** Whether `text` is in a script that separates words by spaces (Latin, Arabic, Hebrew, Devanagari, Hangul, …). */
export const usesSpaces = (text: string): boolean => !UNSPACED_SCRIPT.test(text);

const segmenters = new Map<string, Intl.Segmenter>();
const segmenterFor = (language: string | null) => {
	const key = language ?? '';
	let segmenter = segmenters.get(key);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(language ?? undefined, { granularity: 'word' });
		segmenters.set(key, segmenter);
	}
	return segmenter;
};

/**
 * Where the words of `text` are, as UTF-16 offsets (end exclusive). Space-separated runs are words as they are (so
 * "don't", "3.5" and an emoji stay whole, punctuation stays attached); a run in a script without spaces (Chinese,
 * Japanese, Thai) is split by Intl.Segmenter into dictionary words, and its punctuation is attached to the word before.
 */
export const segmentWords = (text: string, language: string | null = null): WordSpan[] => {
	const spans: WordSpan[] = [];
	for (const run of text.matchAll(/\S+/g)) {
		const start = run.index;
		if (usesSpaces(run[0])) {
			spans.push({ start, end: start + run[0].length });
			continue;
		}
		// Punctuation (。, 、, 「) is not a word of its own: it joins the word before it (an opening one, the word after), so
		// no caption shows a lone comma.
		let pendingStart: number | null = null;
		const first = spans.length;
		for (const piece of segmenterFor(language).segment(run[0])) {
			const pieceStart = start + piece.index;
			const pieceEnd = pieceStart + piece.segment.length;
			const previous = spans.length > first ? spans.at(-1) : undefined;
			if (!piece.isWordLike && previous) previous.end = pieceEnd;
			else if (!piece.isWordLike) pendingStart ??= pieceStart;
			else {
				spans.push({ start: pendingStart ?? pieceStart, end: pieceEnd });
				pendingStart = null;
			}
		}
		if (pendingStart !== null) spans.push({ start: pendingStart, end: start + run[0].length });
	}
	return spans;
};

/** The words of `text` as strings. */
export const wordsOfText = (text: string, language: string | null = null): string[] =>
	segmentWords(text, language).map(({ start, end }) => text.slice(start, end));

/** The user-perceived characters of `text` (an emoji family, a Devanagari conjunct, a letter with its accents is one). */
export const graphemesOf = (text: string): string[] =>
	[...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((piece) => piece.segment);

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG_LTR =
	/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Thai}]/u;

/** Reading direction of a caption: right to left when its first strongly directional letter is Arabic, Hebrew, …. */
export const directionOf = (text: string): 'ltr' | 'rtl' => {
	for (const character of text) {
		if (RTL_SCRIPT.test(character)) return 'rtl';
		if (STRONG_LTR.test(character)) return 'ltr';
	}
	return 'ltr';
};
