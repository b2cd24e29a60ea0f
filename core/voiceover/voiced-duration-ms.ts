/** Milliseconds from the first to the last sample above 2 % of the peak: how long the sound itself lasts. */
export const voicedDurationMs = (samples: Int16Array, sampleRate: number): number => {
	let peak = 0;
	for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
	const threshold = peak * 0.02;
	const first = samples.findIndex((sample) => Math.abs(sample) > threshold);
	if (first < 0) return 0;
	let last = samples.length - 1;
	while (last > first && Math.abs(samples[last] ?? 0) <= threshold) last--;
	return ((last - first + 1) / sampleRate) * 1000;
};
