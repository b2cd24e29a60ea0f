import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { encodePng } from '../../core/media/encode-png.js';
import { mediaBinary } from '../../core/media/media-binaries.js';
import { createEspeakProvider } from '../../core/voiceover/create-espeak-provider.js';
import { loadEspeakLibrary } from '../../core/voiceover/load-espeak-library.js';

const run = promisify(execFile);

export type SpokenSegment = { voice: string; rate: number; text: string };
export type ReferenceWord = { text: string; startMs: number; endMs: number };
export type SpeechClipSpec = {
	name: string;
	segments: SpokenSegment[];
	/** Silence before the first segment and between segments. */
	leadMs?: number;
	gapMs?: number;
	/** Level of the background clip's own sound (a tone) under the speech, 0..1. */
	backgroundVolume?: number;
	/** Record the audio at this sample rate (8000: a phone line) before it is put in the clip. */
	recordedAtHz?: number;
	/** Time-stretch the speech by this factor (1.25: a quarter faster), timings scaled to match. */
	tempo?: number;
};
export type SpeechClip = { file: string; text: string; reference: ReferenceWord[]; durationMs: number };

const writeWav = (file: string, samples: Int16Array, sampleRate: number) => {
	const header = Buffer.alloc(44);
	header.write('RIFF', 0);
	header.writeUInt32LE(36 + samples.byteLength, 4);
	header.write('WAVEfmt ', 8);
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20);
	header.writeUInt16LE(1, 22);
	header.writeUInt32LE(sampleRate, 24);
	header.writeUInt32LE(sampleRate * 2, 28);
	header.writeUInt16LE(2, 32);
	header.writeUInt16LE(16, 34);
	header.write('data', 36);
	header.writeUInt32LE(samples.byteLength, 40);
	fs.writeFileSync(file, Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]));
};

/**
 * A clip with known speech: eSpeak NG speaks each segment (in its voice and rate) through the project's offline voice,
 * whose word events give every word's exact start; the speech is laid over a background clip's picture and tone, and may
 * be recorded at another sample rate or played faster. Returns the MP4 and the reference timing of every word.
 */
export const makeSpeechClip = async (dir: string, spec: SpeechClipSpec): Promise<SpeechClip> => {
	const { leadMs = 500, gapMs = 700, backgroundVolume = 0.08, tempo = 1 } = spec;
	const voice = createEspeakProvider();
	const sampleRate = loadEspeakLibrary().sampleRate;
	const parts: Int16Array[] = [];
	const reference: ReferenceWord[] = [];
	let atMs = leadMs;
	parts.push(new Int16Array(Math.round((leadMs / 1000) * sampleRate)));
	for (const segment of spec.segments) {
		const speech = await voice.synthesize({ text: segment.text, voice: segment.voice, settings: { rate: segment.rate } });
		const samples = new Int16Array(speech.audio.buffer.slice(speech.audio.byteOffset + 44, speech.audio.byteOffset + speech.audio.length));
		for (const word of speech.words) reference.push({ text: word.text, startMs: (atMs + word.startMs) / tempo, endMs: (atMs + word.endMs) / tempo });
		parts.push(samples, new Int16Array(Math.round((gapMs / 1000) * sampleRate)));
		atMs += (samples.length / sampleRate) * 1000 + gapMs;
	}
	const all = new Int16Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		all.set(part, offset);
		offset += part.length;
	}
	fs.mkdirSync(dir, { recursive: true });
	const speechWav = path.join(dir, `${spec.name}-speech.wav`);
	writeWav(speechWav, all, sampleRate);
	const still = path.join(dir, `${spec.name}-picture.png`);
	const width = 160;
	const height = 90;
	const pixels = Buffer.alloc(width * height * 3);
	for (let i = 0; i < pixels.length; i += 3) pixels.set([30 + ((i / 3) % width), 60, 110], i);
	fs.writeFileSync(still, encodePng(pixels, width, height));
	const durationMs = (all.length / sampleRate / tempo) * 1000;
	const file = path.join(dir, `${spec.name}.mp4`);
	const speechChain = [tempo !== 1 ? `atempo=${tempo}` : null, spec.recordedAtHz ? `aresample=${spec.recordedAtHz}` : null, 'aresample=48000'].filter(Boolean);
	await run(mediaBinary('ffmpeg'), [
		...['-v', 'error', '-y', '-loop', '1', '-framerate', '30', '-i', still, '-i', speechWav],
		...['-f', 'lavfi', '-i', `sine=frequency=220:sample_rate=48000:duration=${durationMs / 1000}`],
		...[
			'-filter_complex',
			`[1:a]${speechChain.join(',')}[speech];[2:a]volume=${backgroundVolume}[bed];[speech][bed]amix=inputs=2:duration=first:normalize=0[mix]`,
		],
		...[
			'-map',
			'0:v',
			'-map',
			'[mix]',
			'-t',
			String(durationMs / 1000),
			'-c:v',
			'libx264',
			'-preset',
			'ultrafast',
			'-pix_fmt',
			'yuv420p',
			'-c:a',
			'aac',
			'-b:a',
			'128k',
			file,
		],
	]);
	return { file, text: spec.segments.map((segment) => segment.text).join(' '), reference, durationMs };
};
