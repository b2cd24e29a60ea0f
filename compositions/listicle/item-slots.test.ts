import { describe, expect, it } from 'vitest';
import { itemSlots } from './item-slots.js';

describe('itemSlots', () => {
	it('starts each item when its beat is spoken', () => {
		const segments = [
			{ kind: 'hook' as const, startMs: 0, endMs: 900 },
			{ kind: 'beat' as const, startMs: 1000, endMs: 1900 },
			{ kind: 'beat' as const, startMs: 2000, endMs: 2900 },
		];
		expect(itemSlots(2, 120, 30, segments, 45)).toEqual({
			title: { from: 0, durationInFrames: 30 },
			items: [
				{ from: 30, durationInFrames: 30 },
				{ from: 60, durationInFrames: 60 },
			],
		});
	});

	it('without narration gives the title its time and shares the rest', () => {
		expect(itemSlots(2, 105, 30, [], 45).items).toEqual([
			{ from: 45, durationInFrames: 30 },
			{ from: 75, durationInFrames: 30 },
		]);
	});
});
