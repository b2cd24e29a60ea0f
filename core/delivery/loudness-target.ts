import type { DeliveryPresetId } from './delivery-presets.js';

/** What a delivered mix is brought to: integrated loudness (EBU R128) and the highest true peak. */
export type LoudnessTarget = { targetLufs: number; truePeakDbtp: number };

/**
 * Loudness targets from the configuration: one default and, optionally, one per preset platform. Its own file, which
 * imports nothing of the request's contract: the configuration reads it, and the contract reads the configuration.
 */
export type LoudnessDefaults = LoudnessTarget & { platforms: Partial<Record<DeliveryPresetId, LoudnessTarget>> };
