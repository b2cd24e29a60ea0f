import { describe, expect, it } from 'vitest';
import { parsePlatformLoudness } from './parse-platform-loudness.js';

describe('parsePlatformLoudness', () => {
	it('reads per-preset targets', () => {
		expect(parsePlatformLoudness('tiktok:-16/-1.5, youtube:-14/-1')).toEqual({
			tiktok: { targetLufs: -16, truePeakDbtp: -1.5 },
			youtube: { targetLufs: -14, truePeakDbtp: -1 },
		});
		expect(parsePlatformLoudness('')).toEqual({});
	});

	it.each([
		['spotify:-14/-1', '"spotify:-14/-1" must look like preset:LUFS/dBTP with a preset of tiktok, reels, shorts, youtube'],
		['tiktok:-14', '"tiktok:-14" must look like preset:LUFS/dBTP'],
		['tiktok:-2/-1', '"tiktok:-2/-1" must have LUFS from -40 to -5 and dBTP from -9 to 0'],
	])('refuses %s, naming the entry', (value, message) => {
		expect(() => parsePlatformLoudness(value)).toThrow(message);
	});
});
