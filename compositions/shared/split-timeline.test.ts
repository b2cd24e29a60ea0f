import { describe, expect, it } from 'vitest';
import { splitTimeline } from './split-timeline.js';

describe('splitTimeline', () => {
	it('keeps fixed lengths, shares the rest, and fills the timeline exactly', () => {
		const slots = splitTimeline(100, [30, undefined, undefined]);
		expect(slots).toEqual([
			{ from: 0, durationInFrames: 30 },
			{ from: 30, durationInFrames: 35 },
			{ from: 65, durationInFrames: 35 },
		]);
	});

	it('gives the last slot the rounding remainder', () => {
		const slots = splitTimeline(10, [undefined, undefined, undefined]);
		expect(slots.map((slot) => slot.durationInFrames)).toEqual([3, 3, 4]);
	});
});
