const HOP_MS = 5;
const WINDOW_MS = 10;

/**
 * Speech onsets in 16-bit mono audio: moments where the level rises above `onDb` (relative to the loudest window)
 * after at least `minSilenceMs` below `offDb`, and stays above `offDb` for `minSoundMs` (a consonant's release
 * burst at the end of a word is too short to count). Finds the start of every word that follows a pause or a
 * stop consonant's closure; words glued to the previous one have no onset to find.
 */
export const detectSpeechOnsets = (samples: Int16Array, sampleRate: number, { onDb = -30, offDb = -40, minSilenceMs = 40, minSoundMs = 40 } = {}): number[] => {
	const hop = Math.round((sampleRate * HOP_MS) / 1000);
	const window = Math.round((sampleRate * WINDOW_MS) / 1000);
	const levels: number[] = [];
	for (let start = 0; start + window <= samples.length; start += hop) {
		let sum = 0;
		for (let i = start; i < start + window; i++) sum += (samples[i] ?? 0) ** 2;
		levels.push(10 * Math.log10(sum / window + 1e-9));
	}
	const peak = Math.max(...levels);
	const onsets: number[] = [];
	let quietMs = minSilenceMs; // the clip's start counts as silence
	for (const [index, level] of levels.entries()) {
		const relative = level - peak;
		if (relative < offDb) {
			quietMs += HOP_MS;
		} else if (relative > onDb && quietMs >= minSilenceMs) {
			const sustained = levels.slice(index, index + minSoundMs / HOP_MS).every((next) => next - peak >= offDb);
			// Report the window's start: the sound begins inside it.
			if (sustained) onsets.push(index * HOP_MS);
			quietMs = 0;
		} else if (relative >= offDb) {
			quietMs = 0;
		}
	}
	return onsets;
};
