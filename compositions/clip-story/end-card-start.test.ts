import { describe, expect, it } from 'vitest';
import { endCardStart } from './end-card-start.js';

const words = [
	{ text: 'one', startMs: 0, endMs: 400, emphasis: false },
	{ text: 'two', startMs: 500, endMs: 6210, emphasis: false },
];

describe('endCardStart', () => {
	it('starts the end card on the first frame after the last spoken word when its own length would cover it', () => {
		expect(endCardStart({ durationInFrames: 200, fps: 30, cardSeconds: 2, segments: [], words })).toBe(187);
	});
	it('keeps its own length when the words end before it', () => {
		expect(endCardStart({ durationInFrames: 300, fps: 30, cardSeconds: 2, segments: [], words })).toBe(240);
	});
	it('starts it where the call to action is spoken when the narration has one', () => {
		const segments = [{ kind: 'cta' as const, startMs: 5000, endMs: 6210 }];
		expect(endCardStart({ durationInFrames: 300, fps: 30, cardSeconds: 2, segments, words })).toBe(150);
	});
	it('falls back to its own length before the end without any words', () => {
		expect(endCardStart({ durationInFrames: 300, fps: 30, cardSeconds: 2, segments: [], words: [] })).toBe(240);
	});
	it('leaves no end card when the last word ends at the very end', () => {
		expect(endCardStart({ durationInFrames: 100, fps: 30, cardSeconds: 2, segments: [], words })).toBe(100);
	});
});
