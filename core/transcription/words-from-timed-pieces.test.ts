import { describe, expect, it } from 'vitest';
import { wordsFromTimedPieces } from './words-from-timed-pieces.js';

const piece = (text: string, startMs: number, endMs: number, confidence: number | null = 0.9) => ({ text, startMs, endMs, confidence });

describe('wordsFromTimedPieces', () => {
	it('joins sub-word tokens into words, a leading space starting the next word', () => {
		const words = wordsFromTimedPieces([piece(' Hel', 0, 100, 0.8), piece('lo', 100, 250, 0.6), piece(' world.', 300, 700)], 'en');
		expect(words).toEqual([
			{ text: 'Hello', startMs: 0, endMs: 250, confidence: 0.6, emphasis: false },
			{ text: 'world.', startMs: 300, endMs: 700, confidence: 0.9, emphasis: false },
		]);
	});

	it('drops non-speech markers', () => {
		expect(wordsFromTimedPieces([piece(' [BLANK_AUDIO]', 0, 1000), piece(' (laughs)', 1000, 1500), piece(' Hi', 1500, 1700)], 'en').map((w) => w.text)).toEqual(
			['Hi'],
		);
	});

	it('regroups Chinese characters into dictionary words with the span of their characters', () => {
		const chars = [...'我们学习'].map((char, index) => piece(char, index * 200, index * 200 + 180));
		expect(wordsFromTimedPieces(chars, 'zh').map(({ text, startMs, endMs }) => ({ text, startMs, endMs }))).toEqual([
			{ text: '我们', startMs: 0, endMs: 380 },
			{ text: '学习', startMs: 400, endMs: 780 },
		]);
	});
});
