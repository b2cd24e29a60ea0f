import { describe, expect, it } from 'vitest';
import { captionWordsFromTimings } from './caption-words-from-timings.js';

const timing = (text: string, charStart: number, startMs: number) => ({ text, charStart, charEnd: charStart + text.length, startMs, endMs: startMs + 200.4 });

describe('captionWordsFromTimings', () => {
	it('trims edge punctuation, rounds times and marks emphasised words by character range', () => {
		const words = [timing('"Wait,', 0, 0), timing('this', 7, 250), timing('works!', 12, 500), timing('—', 19, 700)];
		expect(captionWordsFromTimings(words, [{ start: 12, end: 17 }])).toEqual([
			{ text: 'Wait', startMs: 0, endMs: 200, emphasis: false },
			{ text: 'this', startMs: 250, endMs: 450, emphasis: false },
			{ text: 'works!', startMs: 500, endMs: 700, emphasis: true },
		]);
	});
});
