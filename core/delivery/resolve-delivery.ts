import type { RenderOutputOptions } from '../contracts/render-job.js';
import type { LoudnessDefaults, LoudnessTarget } from './loudness-target.js';
import { type DeliveryEncoding, resolveEncoding } from './resolve-encoding.js';

/** The whole delivery: the encoding, and the loudness the mix is brought to (null: left as rendered). */
export type ResolvedDelivery = DeliveryEncoding & { loudness: LoudnessTarget | null };

/** The delivery a render's output options ask for; loudness from the request, else its preset platform's, else the default. */
export const resolveDelivery = (output: RenderOutputOptions, defaults: LoudnessDefaults): ResolvedDelivery => {
	const encoding = resolveEncoding(output);
	const fallback = (encoding.presetId ? defaults.platforms[encoding.presetId] : undefined) ?? {
		targetLufs: defaults.targetLufs,
		truePeakDbtp: defaults.truePeakDbtp,
	};
	return { ...encoding, loudness: output.loudness === 'off' || encoding.spec.audio === null ? null : (output.loudness ?? fallback) };
};
