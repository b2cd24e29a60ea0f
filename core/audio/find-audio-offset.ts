import type { PcmAudio } from './pcm-audio.js';

export type AudioOffset = { offsetSamples: number; offsetMs: number; correlation: number };

const WINDOW_S = 0.5;
const COARSE = 8;

const monoOf = (audio: PcmAudio): Float32Array => {
	const frames = Math.floor(audio.samples.length / audio.channels);
	const mono = new Float32Array(frames);
	for (let i = 0; i < frames; i++) {
		let sum = 0;
		for (let c = 0; c < audio.channels; c++) sum += audio.samples[i * audio.channels + c] ?? 0;
		mono[i] = sum / audio.channels;
	}
	return mono;
};

const boxDown = (signal: Float32Array, factor: number): Float32Array => {
	const out = new Float32Array(Math.floor(signal.length / factor));
	for (let i = 0; i < out.length; i++) {
		let sum = 0;
		for (let k = 0; k < factor; k++) sum += signal[i * factor + k] ?? 0;
		out[i] = sum / factor;
	}
	return out;
};

/** Normalised correlation of `reference[from, from+length)` with `other` shifted by `lag`. */
const correlationAt = (reference: Float32Array, other: Float32Array, from: number, length: number, lag: number): number => {
	let dot = 0;
	let energyA = 0;
	let energyB = 0;
	for (let i = from; i < from + length; i++) {
		const a = reference[i] ?? 0;
		const b = other[i + lag] ?? 0;
		dot += a * b;
		energyA += a * a;
		energyB += b * b;
	}
	return energyA > 0 && energyB > 0 ? dot / Math.sqrt(energyA * energyB) : 0;
};

/** Where the most sound is: the start of the loudest window of `length` samples (stepping by half a window). */
const loudestWindowOf = (signal: Float32Array, length: number): { from: number; energy: number } => {
	let best = { from: 0, energy: 0 };
	for (let from = 0; from + length <= signal.length; from += Math.max(1, Math.floor(length / 2))) {
		let energy = 0;
		for (let i = from; i < from + length; i++) energy += (signal[i] ?? 0) ** 2;
		if (energy > best.energy) best = { from, energy };
	}
	return best;
};

/**
 * How far `delivered` lags `reference` (positive: the delivered sound comes late), by cross-correlating their loudest
 * half second: coarsely at 1/8 of the rate within ±maxLagMs, then sample by sample around the best match. Null when
 * there is no sound to line up (silence).
 */
export const findAudioOffset = (reference: PcmAudio, delivered: PcmAudio, { maxLagMs = 100 } = {}): AudioOffset | null => {
	if (reference.sampleRate !== delivered.sampleRate)
		throw new Error(`"delivered" must be at ${reference.sampleRate} Hz like the reference, but is at ${delivered.sampleRate} Hz`);
	const a = monoOf(reference);
	const b = monoOf(delivered);
	const length = Math.min(a.length, Math.round(WINDOW_S * reference.sampleRate));
	const window = loudestWindowOf(a, length);
	if (window.energy / Math.max(1, length) < 1e-8) return null;
	const maxLag = Math.round((maxLagMs / 1000) * reference.sampleRate);
	const coarseA = boxDown(a, COARSE);
	const coarseB = boxDown(b, COARSE);
	let coarse = { lag: 0, correlation: -2 };
	for (let lag = -Math.ceil(maxLag / COARSE); lag <= Math.ceil(maxLag / COARSE); lag++) {
		const correlation = correlationAt(coarseA, coarseB, Math.floor(window.from / COARSE), Math.floor(length / COARSE), lag);
		if (correlation > coarse.correlation) coarse = { lag, correlation };
	}
	let fine = { lag: coarse.lag * COARSE, correlation: -2 };
	for (let lag = coarse.lag * COARSE - 2 * COARSE; lag <= coarse.lag * COARSE + 2 * COARSE; lag++) {
		const correlation = correlationAt(a, b, window.from, length, lag);
		if (correlation > fine.correlation) fine = { lag, correlation };
	}
	return { offsetSamples: fine.lag, offsetMs: (fine.lag / reference.sampleRate) * 1000, correlation: fine.correlation };
};
