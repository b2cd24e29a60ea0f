import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOUND_EFFECTS } from '../sound-effects.js';
import { SOUND_EFFECT_SAMPLE_RATE, synthesizeSoundEffect } from './synthesize-sound-effect.js';
import { wavBytesOf } from './wav-bytes-of.js';

const dir = path.dirname(fileURLToPath(import.meta.url));

describe('shipped sound effects', () => {
	it.each(SOUND_EFFECTS)('%s.wav is what scripts/make-sound-effects.ts makes (so its licence is the project’s own)', (id) => {
		const committed = fs.readFileSync(path.join(dir, `${id}.wav`));
		const made = wavBytesOf(synthesizeSoundEffect(id), SOUND_EFFECT_SAMPLE_RATE);
		expect(committed.length).toBe(made.length);
		expect(committed.subarray(0, 44).equals(Buffer.from(made.subarray(0, 44)))).toBe(true);
		// Within one step of the 16-bit scale: the same recipe on another engine may round a sample the other way.
		const a = new Int16Array(committed.buffer.slice(committed.byteOffset + 44, committed.byteOffset + committed.length));
		const b = new Int16Array(made.buffer.slice(44));
		expect(a.every((sample, index) => Math.abs(sample - (b[index] ?? 0)) <= 1)).toBe(true);
	});

	it.each(SOUND_EFFECTS)('%s peaks at -3 dBFS and starts within 20 ms (so it lands on its frame)', (id) => {
		const samples = synthesizeSoundEffect(id);
		const peak = samples.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
		expect(peak / 32767).toBeCloseTo(Math.SQRT1_2, 2);
		const onset = samples.findIndex((x) => Math.abs(x) > 0.1 * peak);
		// The riser swells by design; everything else hits at once.
		if (id !== 'riser') expect(onset / SOUND_EFFECT_SAMPLE_RATE).toBeLessThan(0.02);
	});
});
