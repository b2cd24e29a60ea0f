import { describe, expect, it } from 'vitest';
import { alignTextToWords } from './align-text-to-words.js';

const heard = (text: string, startMs: number) => ({ text, startMs, endMs: startMs + 200, confidence: 0.5, emphasis: false });

describe('alignTextToWords', () => {
	it('gives written words the timing of the heard words they line up with, keeping the written spelling', () => {
		const words = alignTextToWords(
			'Reelforge makes short videos.',
			[heard('real', 0), heard('forge', 250), heard('makes', 500), heard('short', 750), heard('videos', 1000)],
			'en',
		);
		expect(words.map((word) => [word.text, word.startMs])).toEqual([
			['Reelforge', 0],
			['makes', 500],
			['short', 750],
			['videos.', 1000],
		]);
	});

	it('spreads a written word nobody heard over the gap between its neighbours', () => {
		const words = alignTextToWords('one two three', [heard('one', 0), heard('three', 1000)], 'en');
		expect(words.map((word) => word.text)).toEqual(['one', 'two', 'three']);
		expect(words[1]?.startMs).toBeGreaterThanOrEqual(200);
		expect(words[1]?.endMs).toBeLessThanOrEqual(1000);
	});
});
