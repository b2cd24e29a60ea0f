import fs from 'node:fs';

export const CLICK_SAMPLE_RATE = 48_000;
const CLICK_MS = 12;

/**
 * The sound the sync fixture plays at each marked frame: a decaying burst of seeded noise. Noise, not a tone, because a
 * tone's cross-correlation has a peak every period (0.5 ms at 2 kHz) and could be matched a cycle off.
 */
export const clickSamples = (sampleRate = CLICK_SAMPLE_RATE): Float32Array => {
	const length = Math.round((CLICK_MS / 1000) * sampleRate);
	const samples = new Float32Array(length);
	let seed = 0x2545f491;
	for (let i = 0; i < length; i++) {
		// xorshift32: the same click on every run and machine.
		seed ^= seed << 13;
		seed ^= seed >>> 17;
		seed ^= seed << 5;
		const noise = ((seed >>> 0) / 0xffffffff) * 2 - 1;
		samples[i] = 0.6 * noise * Math.exp(-i / (sampleRate * 0.003));
	}
	return samples;
};

/** The click as a 16-bit stereo WAV, for the fixture's public folder. */
export const writeClickWav = (file: string) => {
	const mono = clickSamples();
	const data = Buffer.alloc(mono.length * 4);
	mono.forEach((value, i) => {
		const s = Math.max(-32768, Math.min(32767, Math.round(value * 32767)));
		data.writeInt16LE(s, i * 4);
		data.writeInt16LE(s, i * 4 + 2);
	});
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'ascii');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVEfmt ', 8, 'ascii');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20);
	header.writeUInt16LE(2, 22);
	header.writeUInt32LE(CLICK_SAMPLE_RATE, 24);
	header.writeUInt32LE(CLICK_SAMPLE_RATE * 4, 28);
	header.writeUInt16LE(4, 32);
	header.writeUInt16LE(16, 34);
	header.write('data', 36, 'ascii');
	header.writeUInt32LE(data.length, 40);
	fs.writeFileSync(file, Buffer.concat([header, data]));
};
