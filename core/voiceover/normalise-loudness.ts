import { limitPeaks } from './limit-peaks.js';
import { measureLoudness, PCM_SAMPLE_RATE } from './pcm-audio.js';

/** Sample peaks stay under -1.5 dBFS, which keeps true peaks near the -1 dBTP platforms ask for. */
const PEAK_CEILING = 10 ** (-1.5 / 20);
const TOLERANCE_LU = 0.5;
const MAX_PASSES = 4;

export type LoudnessResult = { samples: Int16Array; measuredLufs: number; outputLufs: number; gainDb: number };

/**
 * Brings speech to `targetLufs` integrated loudness (EBU R128, measured by ffmpeg's loudnorm): a gain, with a
 * look-ahead limiter holding the peaks; repeated until within 0.5 LU, because limiting takes back a little loudness.
 */
export const normaliseLoudness = async (samples: Int16Array, targetLufs: number): Promise<LoudnessResult> => {
	const before = await measureLoudness(samples);
	if (!Number.isFinite(before.integratedLufs)) return { samples, measuredLufs: before.integratedLufs, outputLufs: before.integratedLufs, gainDb: 0 };
	let gainDb = targetLufs - before.integratedLufs;
	let output = limitPeaks(samples, gainDb, PEAK_CEILING, PCM_SAMPLE_RATE);
	let outputLufs = (await measureLoudness(output)).integratedLufs;
	for (let pass = 1; pass < MAX_PASSES && Math.abs(targetLufs - outputLufs) > TOLERANCE_LU; pass++) {
		gainDb += targetLufs - outputLufs;
		output = limitPeaks(samples, gainDb, PEAK_CEILING, PCM_SAMPLE_RATE);
		outputLufs = (await measureLoudness(output)).integratedLufs;
	}
	return { samples: output, measuredLufs: before.integratedLufs, outputLufs, gainDb };
};
