import { describe, expect, it } from 'vitest';
import { narrationOf } from './narration-of.js';
import { scriptSchema } from './script-schema.js';

describe('narrationOf', () => {
	it('joins hook, beats and call to action and keeps where the *marked* words are', () => {
		const script = scriptSchema.parse({ hook: 'This *one* trick', beats: [{ text: 'works *every* time.' }], callToAction: 'Follow for *more*' });
		const narration = narrationOf(script);
		expect(narration.text).toBe('This one trick works every time. Follow for more');
		expect(narration.emphasis.map((range) => narration.text.slice(range.start, range.end))).toEqual(['one', 'every', 'more']);
	});
});
