import { type DeliveryPresetId, deliveryPresetIds } from './delivery-presets.js';
import type { LoudnessTarget } from './loudness-target.js';

/**
 * DELIVERY_PLATFORM_LOUDNESS (`youtube:-14/-1,tiktok:-16/-1.5`) as targets per preset; throws naming the entry that
 * cannot be read, and what it should look like.
 */
export const parsePlatformLoudness = (value: string): Partial<Record<DeliveryPresetId, LoudnessTarget>> => {
	const targets: Partial<Record<DeliveryPresetId, LoudnessTarget>> = {};
	for (const entry of value
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '')) {
		const match = /^([a-z]+):(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(entry);
		const preset = match?.[1] as DeliveryPresetId | undefined;
		const targetLufs = Number(match?.[2]);
		const truePeakDbtp = Number(match?.[3]);
		if (!match || !preset || !deliveryPresetIds.includes(preset)) {
			throw new Error(
				`DELIVERY_PLATFORM_LOUDNESS: "${entry}" must look like preset:LUFS/dBTP with a preset of ${deliveryPresetIds.join(', ')} (for example youtube:-14/-1)`,
			);
		}
		if (targetLufs < -40 || targetLufs > -5 || truePeakDbtp < -9 || truePeakDbtp > 0) {
			throw new Error(`DELIVERY_PLATFORM_LOUDNESS: "${entry}" must have LUFS from -40 to -5 and dBTP from -9 to 0`);
		}
		targets[preset] = { targetLufs, truePeakDbtp };
	}
	return targets;
};
