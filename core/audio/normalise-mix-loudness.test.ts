import { describe, expect, it } from 'vitest';
import { findAudioOffset } from './find-audio-offset.js';
import { measureLoudness } from './measure-loudness.js';
import { normaliseMixLoudness } from './normalise-mix-loudness.js';
import type { PcmAudio } from './pcm-audio.js';
import { truePeakEnvelopeOf } from './true-peak-of.js';

const RATE = 48_000;

/** Two seconds of quiet seeded noise with loud clicks on it: a mix whose peaks, not its loudness, limit the gain. */
const quietMixWithClicks = (): PcmAudio => {
	const frames = 2 * RATE;
	const samples = new Float32Array(frames * 2);
	let seed = 12345;
	for (let i = 0; i < frames; i++) {
		seed = (seed * 1103515245 + 12345) >>> 0;
		const noise = ((seed / 2 ** 32) * 2 - 1) * 0.05;
		const click = i % 24_000 < 16 ? 0.9 * Math.sin(i) : 0;
		samples[2 * i] = noise + click;
		samples[2 * i + 1] = noise - click;
	}
	return { samples, channels: 2, sampleRate: RATE };
};

describe('normaliseMixLoudness', () => {
	it('brings a quiet mix with loud peaks to -14 LUFS, its true peak held at the -1 dBTP ceiling, without moving it in time', async () => {
		const mix = quietMixWithClicks();
		const before = await measureLoudness(mix);
		const { audio, after } = await normaliseMixLoudness(mix, { targetLufs: -14, ceilingDbtp: -1 });
		// Quieter than the target, with peaks near full scale: the gain alone would clip them by several dB.
		expect(before.integratedLufs).toBeLessThan(-18);
		expect(before.truePeakDbtp).toBeGreaterThan(-2);
		expect(Math.abs(after.integratedLufs + 14)).toBeLessThanOrEqual(0.5);
		// The limiter's own 8x-oversampled meter holds the ceiling exactly; loudnorm's (192 kHz) reads full-band noise up to
		// about 0.35 dB higher, which is why the delivery step limits 0.5 dB under the limit and measures the file again.
		let ownPeak = 0;
		for (const level of truePeakEnvelopeOf(audio)) ownPeak = Math.max(ownPeak, level);
		expect(20 * Math.log10(ownPeak)).toBeLessThanOrEqual(-1 + 0.01);
		expect(after.truePeakDbtp).toBeLessThanOrEqual(-1 + 0.5);
		expect(findAudioOffset(mix, audio)?.offsetSamples).toBe(0);
	});

	it('leaves silence alone', async () => {
		const silence: PcmAudio = { samples: new Float32Array(RATE * 2), channels: 2, sampleRate: RATE };
		const { audio, gainDb } = await normaliseMixLoudness(silence, { targetLufs: -14, ceilingDbtp: -1 });
		expect(gainDb).toBe(0);
		expect(audio).toBe(silence);
	});
});
