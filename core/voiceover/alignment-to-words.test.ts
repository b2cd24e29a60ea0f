import { describe, expect, it } from 'vitest';
import { alignmentToWords, type CharacterAlignment } from './alignment-to-words.js';

/** One entry per code point, each `stepSeconds` long, as ElevenLabs returns for the text it was sent. */
const evenly = (spoken: string, stepSeconds = 0.1): CharacterAlignment => {
	const characters = [...spoken];
	return {
		characters,
		characterStartTimesSeconds: characters.map((_, i) => i * stepSeconds),
		characterEndTimesSeconds: characters.map((_, i) => (i + 1) * stepSeconds),
	};
};

describe('alignmentToWords', () => {
	it('times each run of non-whitespace from its first character start to its last character end', () => {
		expect(alignmentToWords('This *one* habit!', evenly('This *one* habit!'))).toEqual([
			{ text: 'This', startMs: 0, endMs: 400, charStart: 0, charEnd: 4 },
			{ text: '*one*', startMs: 500, endMs: 1000, charStart: 5, charEnd: 10 },
			{ text: 'habit!', startMs: 1100, endMs: 1700, charStart: 11, charEnd: 17 },
		]);
	});

	it('skips leading, trailing and repeated whitespace of every kind', () => {
		const text = ' \n one\t\ttwo  \n';
		expect(alignmentToWords(text, evenly(text))).toEqual([
			{ text: 'one', startMs: 300, endMs: 600, charStart: 3, charEnd: 6 },
			{ text: 'two', startMs: 800, endMs: 1100, charStart: 8, charEnd: 11 },
		]);
	});

	it('keeps UTF-16 offsets when an entry is a character outside the BMP', () => {
		const text = 'go 🚀 now';
		const words = alignmentToWords(text, evenly(text));
		expect(words.map((word) => [word.text, word.charStart, word.charEnd, word.startMs, word.endMs])).toEqual([
			['go', 0, 2, 0, 200],
			['🚀', 3, 5, 300, 400],
			['now', 6, 9, 500, 800],
		]);
	});

	it('returns no words for empty text or an empty alignment', () => {
		expect(alignmentToWords('', evenly(''))).toEqual([]);
		expect(alignmentToWords('   ', evenly('   '))).toEqual([]);
		expect(alignmentToWords('hello', evenly(''))).toEqual([]);
	});

	it('pairs words in order when the alignment spells the text with different whitespace', () => {
		const text = '  Hello   world ';
		const words = alignmentToWords(text, evenly('Hello world'));
		expect(words).toEqual([
			{ text: 'Hello', startMs: 0, endMs: 500, charStart: 2, charEnd: 7 },
			{ text: 'world', startMs: 600, endMs: 1100, charStart: 10, charEnd: 15 },
		]);
	});

	it('maps positions proportionally when the alignment spells something else, keeping words in order and in range', () => {
		const text = 'I have 3 cats and 12 dogs';
		const spoken = 'I have three cats and twelve dogs';
		const words = alignmentToWords(text, evenly(spoken));
		expect(words.map((word) => word.text)).toEqual(['I', 'have', '3', 'cats', 'and', '12', 'dogs']);
		expect(words.map((word) => text.slice(word.charStart, word.charEnd))).toEqual(words.map((word) => word.text));
		let previousEnd = 0;
		for (const word of words) {
			expect(word.startMs).toBeGreaterThanOrEqual(previousEnd);
			expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
			expect(word.endMs).toBeLessThanOrEqual(spoken.length * 100);
			previousEnd = word.endMs;
		}
		expect(words.at(-1)?.endMs).toBe(spoken.length * 100);
	});

	it('trusts the arrays only as far as all three go', () => {
		const alignment = evenly('one two three');
		alignment.characterEndTimesSeconds = alignment.characterEndTimesSeconds.slice(0, 7);
		const words = alignmentToWords('one two three', alignment);
		expect(words).toHaveLength(3);
		for (const word of words) {
			expect(Number.isFinite(word.startMs) && Number.isFinite(word.endMs)).toBe(true);
			expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
			expect(word.endMs).toBeLessThanOrEqual(700);
		}
	});

	it('never returns negative or non-finite times', () => {
		const alignment: CharacterAlignment = {
			characters: ['a', ' ', 'b'],
			characterStartTimesSeconds: [-0.01, Number.NaN, 0.2],
			characterEndTimesSeconds: [0.1, 0.2, 0.3],
		};
		expect(alignmentToWords('a b', alignment)).toEqual([
			{ text: 'a', startMs: 0, endMs: 100, charStart: 0, charEnd: 1 },
			{ text: 'b', startMs: 200, endMs: 300, charStart: 2, charEnd: 3 },
		]);
	});
});
