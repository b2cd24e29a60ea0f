import type { PcmAudio } from './pcm-audio.js';
import { truePeakEnvelopeOf } from './true-peak-of.js';

const ATTACK_S = 0.002;
const RELEASE_S = 0.06;
const MAX_PASSES = 3;
/** Samples either side of a peak that its interpolation reads (the oversampling kernel's reach). */
const HOLD = 16;

/**
 * Amplifies `audio` by `gainDb` and holds its true peak (8x oversampled, linked across channels) at or under
 * `ceilingDbtp` with a look-ahead limiter: the gain dips smoothly around loud peaks (2 ms attack, 60 ms release)
 * instead of clipping them. Offline and symmetric, so nothing moves in time: a sound stays on its frame.
 */
export const limitTruePeaks = (audio: PcmAudio, { gainDb, ceilingDbtp }: { gainDb: number; ceilingDbtp: number }): PcmAudio => {
	const ceiling = 10 ** (ceilingDbtp / 20);
	let scale = 10 ** (gainDb / 20);
	let current = audio;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const envelope = truePeakEnvelopeOf(current, scale, ceiling / 2);
		const frames = envelope.length;
		const gain = new Float32Array(frames);
		let over = false;
		for (let i = 0; i < frames; i++) {
			const level = envelope[i] ?? 0;
			gain[i] = level > ceiling ? ceiling / level : 1;
			if (level > ceiling) over = true;
		}
		if (!over && pass > 0) break;
		const attack = Math.max(1, Math.round(current.sampleRate * ATTACK_S));
		const release = Math.max(1, Math.round(current.sampleRate * RELEASE_S));
		// A peak between samples is made of the samples around it: hold each dip over them. Then backward: start dipping
		// `attack` samples before a peak; forward: recover over `release`.
		const held = Float32Array.from(gain);
		for (let i = 0; i < frames; i++) {
			const g = gain[i] ?? 1;
			if (g >= 1) continue;
			for (let j = Math.max(0, i - HOLD); j <= Math.min(frames - 1, i + HOLD); j++) held[j] = Math.min(held[j] ?? 1, g);
		}
		gain.set(held);
		for (let i = frames - 2; i >= 0; i--) gain[i] = Math.min(gain[i] ?? 1, (gain[i + 1] ?? 1) + 1 / attack);
		for (let i = 1; i < frames; i++) gain[i] = Math.min(gain[i] ?? 1, (gain[i - 1] ?? 1) + 1 / release);
		const { channels } = current;
		const out = new Float32Array(current.samples.length);
		for (let i = 0; i < frames; i++) {
			const g = scale * (gain[i] ?? 1);
			for (let c = 0; c < channels; c++) out[i * channels + c] = (current.samples[i * channels + c] ?? 0) * g;
		}
		current = { ...current, samples: out };
		scale = 1;
		if (!over) break;
	}
	return current;
};
