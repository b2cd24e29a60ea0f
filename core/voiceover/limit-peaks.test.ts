import { describe, expect, it } from 'vitest';
import { limitPeaks } from './limit-peaks.js';

describe('limitPeaks', () => {
	const sampleRate = 48_000;
	const tone = Int16Array.from({ length: sampleRate }, (_, i) => Math.round(Math.sin(i / 10) * (i > 24_000 && i < 24_500 ? 30_000 : 3_000)));

	it('applies the gain and keeps every sample under the ceiling', () => {
		const out = limitPeaks(tone, 12, 0.5, sampleRate);
		expect(Math.max(...out.map(Math.abs))).toBeLessThanOrEqual(0.5 * 32767 + 1);
		// Quiet parts far from the burst get the full +12 dB (x3.98).
		expect(Math.abs(out[1000] ?? 0)).toBeCloseTo(Math.abs((tone[1000] ?? 0) * 10 ** (12 / 20)), -1);
	});

	it('moves nothing in time', () => {
		const impulse = new Int16Array(1000);
		impulse[500] = 1000;
		const out = limitPeaks(impulse, 0, 1, sampleRate);
		expect(out.findIndex((sample) => sample !== 0)).toBe(500);
	});
});
