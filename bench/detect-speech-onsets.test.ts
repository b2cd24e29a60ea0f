import { describe, expect, it } from 'vitest';
import { detectSpeechOnsets } from './detect-speech-onsets.js';

const sampleRate = 48_000;
/** Silence with 200 ms tone bursts starting at the given milliseconds, and one 10 ms click. */
const signal = (burstsMs: number[], clickMs: number) => {
	const samples = new Int16Array(sampleRate * 2);
	for (const start of burstsMs) {
		for (let i = 0; i < sampleRate * 0.2; i++) samples[Math.round((start / 1000) * sampleRate) + i] = Math.round(Math.sin(i / 5) * 20_000);
	}
	for (let i = 0; i < sampleRate * 0.01; i++) samples[Math.round((clickMs / 1000) * sampleRate) + i] = 20_000;
	return samples;
};

describe('detectSpeechOnsets', () => {
	it('finds each sound after a silence, within one hop, and ignores a click too short to be speech', () => {
		const onsets = detectSpeechOnsets(signal([100, 600, 1200], 1700), sampleRate);
		expect(onsets).toHaveLength(3);
		for (const [index, expected] of [100, 600, 1200].entries()) expect(Math.abs((onsets[index] ?? 0) - expected)).toBeLessThanOrEqual(10);
	});

	it('needs the silence before an onset to be long enough', () => {
		expect(detectSpeechOnsets(signal([100, 330], 1700), sampleRate, { minSilenceMs: 100 })).toHaveLength(1);
	});
});
