/**
 * Amplifies by `gainDb` and keeps every sample under `ceiling` (0..1 of full scale) with a look-ahead limiter:
 * the gain dips smoothly around loud peaks (2 ms attack, 60 ms release) instead of clipping them.
 * Offline and symmetric, so nothing is delayed: word timings stay where they were.
 */
export const limitPeaks = (samples: Int16Array, gainDb: number, ceiling: number, sampleRate: number): Int16Array => {
	const n = samples.length;
	const linear = 10 ** (gainDb / 20);
	const limit = ceiling * 32767;
	const gain = new Float32Array(n);
	for (let i = 0; i < n; i++) {
		const level = Math.abs((samples[i] ?? 0) * linear);
		gain[i] = level > limit ? limit / level : 1;
	}
	const attack = Math.max(1, Math.round(sampleRate * 0.002));
	const release = Math.max(1, Math.round(sampleRate * 0.06));
	// Backward pass: start dipping `attack` samples before a peak. Forward pass: recover over `release`.
	for (let i = n - 2; i >= 0; i--) gain[i] = Math.min(gain[i] ?? 1, (gain[i + 1] ?? 1) + 1 / attack);
	for (let i = 1; i < n; i++) gain[i] = Math.min(gain[i] ?? 1, (gain[i - 1] ?? 1) + 1 / release);
	const out = new Int16Array(n);
	for (let i = 0; i < n; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round((samples[i] ?? 0) * linear * (gain[i] ?? 1))));
	return out;
};
