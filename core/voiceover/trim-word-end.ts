const WINDOW_MS = 10;

/**
 * Where the sound of a word stops: the last 10 ms window between `startMs` and `limitMs` whose level is above
 * `thresholdRatio` of the clip's peak. The synthesiser reports word starts only; a word's span otherwise
 * swallows the pause after it, and the caption would stay lit through the silence.
 */
export const trimWordEnd = (samples: Int16Array, sampleRate: number, startMs: number, limitMs: number, thresholdRatio = 0.02): number => {
	let peak = 0;
	for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
	const threshold = peak * thresholdRatio;
	const windowSize = Math.max(1, Math.round((sampleRate * WINDOW_MS) / 1000));
	const first = Math.floor((startMs / 1000) * sampleRate);
	const last = Math.min(samples.length, Math.floor((limitMs / 1000) * sampleRate));
	for (let end = last; end - windowSize >= first; end -= windowSize) {
		let max = 0;
		for (let i = end - windowSize; i < end; i++) max = Math.max(max, Math.abs(samples[i] ?? 0));
		if (max > threshold) return Math.max(startMs + WINDOW_MS, (end / sampleRate) * 1000);
	}
	return limitMs;
};
