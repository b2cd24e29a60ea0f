import type { PcmAudio } from './pcm-audio.js';

/** A 32-bit float WAV of `audio` (WAVE_FORMAT_IEEE_FLOAT), what the encoders read without a second rounding. */
export const encodeFloatWav = (audio: PcmAudio): Buffer => {
	const data = Buffer.from(audio.samples.buffer, audio.samples.byteOffset, audio.samples.byteLength);
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'ascii');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVEfmt ', 8, 'ascii');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(3, 20);
	header.writeUInt16LE(audio.channels, 22);
	header.writeUInt32LE(audio.sampleRate, 24);
	header.writeUInt32LE(audio.sampleRate * audio.channels * 4, 28);
	header.writeUInt16LE(audio.channels * 4, 32);
	header.writeUInt16LE(32, 34);
	header.write('data', 36, 'ascii');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
};
