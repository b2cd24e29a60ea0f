import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { mediaBinary } from '../media/media-binaries.js';
import { probeMedia } from '../media/probe-media.js';

const run = promisify(execFile);

export const SPEECH_SAMPLE_RATE = 16_000;

export type SpeechAudio = {
	/** 16 kHz mono 16-bit WAV with a plain 44-byte header; null when the media has no audio track. */
	path: string | null;
	durationMs: number;
	/** Loudest sample, 0..1; near 0 means silence. */
	peak: number;
};

/**
 * The audio of any media file as every recogniser takes it: 16 kHz, mono, 16-bit PCM in a WAV without metadata chunks
 * (PocketSphinx reads the header as samples otherwise). Written to `dir`; the caller removes it.
 */
export const extractSpeechAudio = async (mediaPath: string, dir: string, signal?: AbortSignal): Promise<SpeechAudio> => {
	const probe = await probeMedia(mediaPath);
	if (!probe.audio) return { path: null, durationMs: probe.durationSeconds * 1000, peak: 0 };
	await fs.promises.mkdir(dir, { recursive: true });
	const target = path.join(dir, `speech-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.wav`);
	await run(
		mediaBinary('ffmpeg'),
		[
			'-v',
			'error',
			'-y',
			'-i',
			mediaPath,
			'-vn',
			'-map_metadata',
			'-1',
			'-fflags',
			'+bitexact',
			'-ac',
			'1',
			'-ar',
			String(SPEECH_SAMPLE_RATE),
			'-c:a',
			'pcm_s16le',
			target,
		],
		{ signal, maxBuffer: 4 * 1024 * 1024 },
	);
	const samples = pcmSamplesOf(await fs.promises.readFile(target));
	let peak = 0;
	for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
	return { path: target, durationMs: (samples.length / SPEECH_SAMPLE_RATE) * 1000, peak: peak / 32768 };
};

/** The 16-bit samples of a PCM WAV, wherever its data chunk starts. */
export const pcmSamplesOf = (wav: Buffer): Int16Array => {
	let at = 12;
	while (at + 8 <= wav.length) {
		const id = wav.toString('ascii', at, at + 4);
		const size = wav.readUInt32LE(at + 4);
		if (id === 'data') {
			const data = Buffer.from(wav.subarray(at + 8, Math.min(wav.length, at + 8 + size)));
			return new Int16Array(data.buffer, data.byteOffset, Math.floor(data.length / 2));
		}
		at += 8 + size + (size % 2);
	}
	throw new Error('The speech audio has no data chunk');
};
