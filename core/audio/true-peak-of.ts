import type { PcmAudio } from './pcm-audio.js';

const TAPS_EACH_SIDE = 16;
const PHASES = [0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875];

// Windowed-sinc interpolators for seven points between two samples: 8x oversampling, finer than BS.1770's 4x, so that
// the limiter does not read peaks lower than the meter that checks it (loudnorm, at 192 kHz).
const kernels = PHASES.map((phase) => {
	const kernel = new Float64Array(2 * TAPS_EACH_SIDE);
	for (let k = -TAPS_EACH_SIDE + 1; k <= TAPS_EACH_SIDE; k++) {
		const x = phase - k;
		const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
		const w = 0.42 + 0.5 * Math.cos((Math.PI * x) / TAPS_EACH_SIDE) + 0.08 * Math.cos((2 * Math.PI * x) / TAPS_EACH_SIDE);
		kernel[k + TAPS_EACH_SIDE - 1] = sinc * w;
	}
	return kernel;
});

/**
 * For every sample frame, the highest absolute level (linear, 1 = full scale) reached on any channel at that sample or
 * between it and the next one (8x oversampled). Only frames whose samples come within `floor` of it are oversampled:
 * the peak between two samples cannot be far above both of them for audio that is not pathological.
 */
export const truePeakEnvelopeOf = (audio: PcmAudio, scale = 1, floor = 0): Float32Array => {
	const { samples, channels } = audio;
	const frames = Math.floor(samples.length / channels);
	const envelope = new Float32Array(frames);
	for (let i = 0; i < frames; i++) {
		let peak = 0;
		for (let c = 0; c < channels; c++) {
			const here = Math.abs((samples[i * channels + c] ?? 0) * scale);
			const next = Math.abs((samples[(i + 1) * channels + c] ?? 0) * scale);
			peak = Math.max(peak, here);
			if (Math.max(here, next) < floor) continue;
			for (const kernel of kernels) {
				let sum = 0;
				for (let k = -TAPS_EACH_SIDE + 1; k <= TAPS_EACH_SIDE; k++) sum += (samples[(i + k) * channels + c] ?? 0) * (kernel[k + TAPS_EACH_SIDE - 1] ?? 0);
				peak = Math.max(peak, Math.abs(sum * scale));
			}
		}
		envelope[i] = peak;
	}
	return envelope;
};
