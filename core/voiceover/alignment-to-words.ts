import type { WordTiming } from './voiceover-provider.js';

/** Per-character timings as ElevenLabs returns them: parallel arrays, times in seconds from the start of the audio. */
export type CharacterAlignment = {
	characters: string[];
	characterStartTimesSeconds: number[];
	characterEndTimesSeconds: number[];
};

type Span = { start: number; end: number };

const wordsOf = (text: string): Span[] => [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

// Seconds to milliseconds without float noise such as 100.00000000000001.
const toMs = (seconds: number | undefined): number => (Number.isFinite(seconds) ? Math.max(0, Math.round((seconds ?? 0) * 1e6) / 1e3) : 0);

/**
 * Word timings for `text` from a per-character alignment: a word is a maximal run of non-whitespace, it starts when its
 * first character starts and ends when its last character ends, and its char offsets point into `text`.
 * The alignment normally spells `text` exactly; when it does not (the service normalised whitespace, or returned its
 * normalised text), words are paired in order if both sides have as many, else positions are mapped proportionally,
 * so captions stay roughly right instead of failing the voiceover.
 */
export const alignmentToWords = (text: string, alignment: CharacterAlignment): WordTiming[] => {
	// Arrays of different lengths are trusted only as far as all three go.
	const count = Math.min(alignment.characters.length, alignment.characterStartTimesSeconds.length, alignment.characterEndTimesSeconds.length);
	const textWords = wordsOf(text);
	if (count === 0 || textWords.length === 0) return [];

	// An entry may hold more than one UTF-16 unit (an emoji), so index the joined alignment by unit.
	const entryAt: number[] = [];
	for (let entry = 0; entry < count; entry++) {
		const units = alignment.characters[entry]?.length ?? 0;
		for (let unit = 0; unit < units; unit++) entryAt.push(entry);
	}
	const spoken = alignment.characters.slice(0, count).join('');
	const startOf = (entry: number) => toMs(alignment.characterStartTimesSeconds[entry]);
	const endOf = (entry: number) => toMs(alignment.characterEndTimesSeconds[entry]);
	const timed = (word: Span, first: number, last: number): WordTiming => {
		const startMs = startOf(first);
		return { text: text.slice(word.start, word.end), startMs, endMs: Math.max(startMs, endOf(last)), charStart: word.start, charEnd: word.end };
	};

	if (spoken === text) {
		return textWords.map((word) => timed(word, entryAt[word.start] ?? 0, entryAt[word.end - 1] ?? count - 1));
	}
	const spokenWords = wordsOf(spoken);
	if (spokenWords.length === textWords.length) {
		return textWords.map((word, index) => {
			const match = spokenWords[index] ?? word;
			return timed(word, entryAt[match.start] ?? 0, entryAt[match.end - 1] ?? count - 1);
		});
	}
	const scale = entryAt.length / text.length;
	const entryFor = (offset: number) => entryAt[Math.min(entryAt.length - 1, Math.floor(offset * scale))] ?? count - 1;
	let previousEndMs = 0;
	return textWords.map((word) => {
		const timing = timed(word, entryFor(word.start), entryFor(word.end - 1));
		// Proportional mapping can make neighbours overlap; keep the words in order.
		timing.startMs = Math.max(timing.startMs, previousEndMs);
		timing.endMs = Math.max(timing.endMs, timing.startMs);
		previousEndMs = timing.endMs;
		return timing;
	});
};
