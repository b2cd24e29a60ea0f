import { pseudoNoise } from '../pseudo-noise.js';
import type { SoundEffect } from '../sound-effects.js';

export const SOUND_EFFECT_SAMPLE_RATE = 48_000;

/** Peak of every effect: -3 dBFS, so an effect at volume 1 never clips on its own. */
const PEAK = Math.SQRT1_2;

type Voice = { seconds: number; sample: (t: number, i: number, state: { low: number; band: number; phase: number }) => number };

const noise = (i: number, channel: number) => pseudoNoise(i, channel);
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/**
 * One state-variable filter step (Chamberlin): `low` and `band` carry between samples. Sweeping `cutoffHz` over white
 * noise gives the rising-then-falling air of a whoosh.
 */
const svf = (input: number, cutoffHz: number, q: number, state: { low: number; band: number }) => {
	const f = 2 * Math.sin((Math.PI * Math.min(cutoffHz, SOUND_EFFECT_SAMPLE_RATE / 6)) / SOUND_EFFECT_SAMPLE_RATE);
	state.low += f * state.band;
	const high = input - state.low - q * state.band;
	state.band += f * high;
	return state.band;
};

// Each recipe is a few lines of arithmetic on time t (seconds) and sample index i: no randomness, so a rebuild gives
// the same bytes (sound-effects-are-generated.test.ts checks the committed files). All but the riser hit within 20 ms,
// so an effect lands on the frame of its interrupt.
const VOICES: Record<SoundEffect, Voice> = {
	whoosh: {
		seconds: 0.45,
		sample: (t, i, s) => {
			// Air that rushes in within 15 ms (the cut) and falls away in pitch and level.
			const shape = clamp01(t / 0.015) * Math.exp(-t / 0.12);
			return svf(noise(i, 1), 300 + 2500 * shape, 0.6, s) * shape;
		},
	},
	swoosh: {
		seconds: 0.3,
		sample: (t, i, s) => {
			const shape = clamp01(t / 0.01) * (1 - t / 0.3) ** 2;
			return svf(noise(i, 2), 6500 - 5000 * clamp01(t / 0.3), 0.4, s) * shape;
		},
	},
	hit: {
		seconds: 0.35,
		sample: (t, i, s) => {
			// A kick: pitch falling from 150 Hz to 45 Hz, with a short click of noise on top of the attack.
			s.phase += (2 * Math.PI * (45 + 105 * Math.exp(-t / 0.03))) / SOUND_EFFECT_SAMPLE_RATE;
			return Math.sin(s.phase) * Math.exp(-t / 0.09) + noise(i, 3) * Math.exp(-t / 0.006) * 0.5;
		},
	},
	riser: {
		seconds: 0.6,
		sample: (t, i, s) => {
			s.phase += (2 * Math.PI * (220 * 2 ** (t / 0.2))) / SOUND_EFFECT_SAMPLE_RATE;
			const saw = ((s.phase / (2 * Math.PI)) % 1) * 2 - 1;
			return (saw * 0.6 + noise(i, 4) * 0.25) * (t / 0.6) ** 2 * (t > 0.58 ? (0.6 - t) / 0.02 : 1);
		},
	},
	pop: {
		seconds: 0.12,
		sample: (t, _i, s) => {
			s.phase += (2 * Math.PI * (250 + 650 * Math.exp(-t / 0.015))) / SOUND_EFFECT_SAMPLE_RATE;
			return Math.sin(s.phase) * Math.exp(-t / 0.03) * clamp01(t / 0.002);
		},
	},
	glitch: {
		seconds: 0.3,
		sample: (t, i, s) => {
			// Square bursts whose pitch jumps every 25 ms, gated on and off: a digital stutter.
			const slice = Math.floor(t / 0.025);
			const gate = pseudoNoise(slice, 5) > -0.3 ? 1 : 0;
			s.phase += (2 * Math.PI * (200 + 900 * (pseudoNoise(slice, 6) + 1))) / SOUND_EFFECT_SAMPLE_RATE;
			const square = Math.sin(s.phase) >= 0 ? 1 : -1;
			return gate * (square * 0.5 + Math.round(noise(i, 7) * 3) / 6) * (1 - t / 0.3);
		},
	},
	shutter: {
		seconds: 0.18,
		sample: (t, i) => {
			// Two clicks, the shutter opening and closing 70 ms apart.
			const click = (at: number) => (t >= at ? Math.exp(-(t - at) / 0.008) : 0);
			return noise(i, 8) * (click(0) + 0.7 * click(0.07));
		},
	},
};

/** The samples of one shipped sound effect: mono, 16-bit, 48 kHz, normalised to a -3 dBFS peak, 2 ms fade at both ends. */
export const synthesizeSoundEffect = (id: SoundEffect): Int16Array => {
	const voice = VOICES[id];
	const length = Math.round(voice.seconds * SOUND_EFFECT_SAMPLE_RATE);
	const raw = new Float64Array(length);
	const state = { low: 0, band: 0, phase: 0 };
	const fade = Math.round(0.002 * SOUND_EFFECT_SAMPLE_RATE);
	for (let i = 0; i < length; i++) raw[i] = voice.sample(i / SOUND_EFFECT_SAMPLE_RATE, i, state) * Math.min(1, i / fade, (length - 1 - i) / fade);
	const peak = raw.reduce((max, x) => Math.max(max, Math.abs(x)), 0) || 1;
	return Int16Array.from(raw, (x) => Math.round((x / peak) * PEAK * 32767));
};
