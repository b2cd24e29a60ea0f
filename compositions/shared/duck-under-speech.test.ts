import { describe, expect, it } from 'vitest';
import { duckUnderSpeech, speechSpansOf } from './duck-under-speech.js';

const word = (startMs: number, endMs: number) => ({ text: 'w', startMs, endMs, emphasis: false });

describe('ducking music under speech', () => {
	it('merges words into stretches of speech', () => {
		expect(speechSpansOf([word(0, 300), word(400, 700), word(2000, 2300)])).toEqual([
			{ startMs: 0, endMs: 700 },
			{ startMs: 2000, endMs: 2300 },
		]);
	});

	it('is at the duck level during speech, full away from it, and ramps in between', () => {
		const spans = speechSpansOf([word(1000, 2000)]);
		expect(duckUnderSpeech(1500, spans, 0.2)).toBeCloseTo(0.2);
		expect(duckUnderSpeech(0, spans, 0.2)).toBe(1);
		const ramp = duckUnderSpeech(900, spans, 0.2);
		expect(ramp).toBeGreaterThan(0.2);
		expect(ramp).toBeLessThan(1);
	});
});
