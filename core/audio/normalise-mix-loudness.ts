import { limitTruePeaks } from './limit-true-peaks.js';
import { type Loudness, measureLoudness, SILENT_LUFS } from './measure-loudness.js';
import type { PcmAudio } from './pcm-audio.js';

const TOLERANCE_LU = 0.3;
const MAX_PASSES = 4;

export type NormalisedMix = { audio: PcmAudio; before: Loudness; after: Loudness; gainDb: number };

/**
 * Brings a whole mix to `targetLufs` integrated (EBU R128) with its true peak at most `ceilingDbtp`: a gain and a
 * look-ahead true-peak limiter, repeated until within 0.3 LU, because limiting takes back a little loudness. A silent
 * mix is left alone. Nothing is delayed or resampled, so every sound stays where the picture put it.
 */
export const normaliseMixLoudness = async (
	audio: PcmAudio,
	{ targetLufs, ceilingDbtp, signal }: { targetLufs: number; ceilingDbtp: number; signal?: AbortSignal },
): Promise<NormalisedMix> => {
	const before = await measureLoudness(audio, signal);
	if (!Number.isFinite(before.integratedLufs) || before.integratedLufs <= SILENT_LUFS) return { audio, before, after: before, gainDb: 0 };
	let gainDb = targetLufs - before.integratedLufs;
	let output = limitTruePeaks(audio, { gainDb, ceilingDbtp });
	let after = await measureLoudness(output, signal);
	for (let pass = 1; pass < MAX_PASSES && Math.abs(targetLufs - after.integratedLufs) > TOLERANCE_LU; pass++) {
		gainDb += targetLufs - after.integratedLufs;
		output = limitTruePeaks(audio, { gainDb, ceilingDbtp });
		after = await measureLoudness(output, signal);
	}
	return { audio: output, before, after, gainDb };
};
