import { describe, expect, it } from 'vitest';
import { pageCaptions } from './page-captions.js';

const words = ['One', 'two', 'three', 'four'].map((text, index) => ({ text, startMs: index * 400, endMs: index * 400 + 350, emphasis: text === 'three' }));

describe('pageCaptions', () => {
	it('groups words that fall within the page duration', () => {
		const pages = pageCaptions(words, 700);
		expect(pages.map((page) => page.tokens.map((token) => token.text.trim()))).toEqual([
			['One', 'two'],
			['three', 'four'],
		]);
		expect(pages[1]?.startMs).toBe(800);
	});

	it('keeps each word’s own timing and the emphasis marks', () => {
		const [page] = pageCaptions(words, 0);
		expect(page?.tokens).toEqual([{ text: 'One', fromMs: 0, toMs: 350 }]);
		expect([...(page?.emphasisStarts ?? [])]).toEqual([800]);
	});

	it('sorts words that arrive out of order', () => {
		const pages = pageCaptions([...words].reverse(), 10_000);
		expect(pages[0]?.tokens.map((token) => token.text.trim())).toEqual(['One', 'two', 'three', 'four']);
	});
});

describe('pageCaptions with a word limit', () => {
	it('splits a page that has more words than allowed, keeping the timings', () => {
		const pages = pageCaptions(words, 10_000, 3);
		expect(pages.map((page) => page.tokens.map((token) => token.text.trim()))).toEqual([['One', 'two', 'three'], ['four']]);
		expect(pages[1]).toMatchObject({ startMs: 1200, durationMs: 350 });
	});
});
