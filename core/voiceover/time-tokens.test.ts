import { describe, expect, it } from 'vitest';
import { timeTokens } from './create-espeak-provider.js';

describe('timeTokens', () => {
	it('keeps the starts the synthesiser reported', () => {
		const words = timeTokens(
			'one two',
			new Map([
				[0, 0],
				[4, 300],
			]),
			600,
		);
		expect(words.map((word) => [word.text, word.startMs, word.charStart, word.charEnd])).toEqual([
			['one', 0, 0, 3],
			['two', 300, 4, 7],
		]);
	});

	it('shares a folded word’s span with its neighbour by weight', () => {
		// "on the next": the synthesiser reported "on" (100) and "next" (400) but not "the".
		const words = timeTokens(
			'on the next',
			new Map([
				[0, 100],
				[7, 400],
			]),
			800,
			(token) => ({ on: 100, the: 200 })[token] ?? 300,
		);
		expect(words.map((word) => word.startMs)).toEqual([100, 200, 400]);
	});
});
