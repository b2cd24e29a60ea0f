import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listenOnLoopback } from '../../../tests/support/read-request-body.js';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { TranscriptionError } from '../transcription-provider.js';
import { createWhisperCppProvider, type WhisperCppOptions } from './create-whisper-cpp-provider.js';

/**
 * No whisper.cpp build or model can be had on these machines, so a stand-in for the binary takes its place: an executable
 * at build/bin/whisper-cli (where @remotion/install-whisper-cpp looks for 1.7.4 and later) that checks the arguments
 * transcribe() passes and writes the full JSON (-ojf) whisper.cpp writes, one item per word (--max-len 1 --split-on-word).
 */
const FAKE_WHISPER = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
const value = (flag) => args[args.indexOf(flag) + 1];
const fail = (message) => { process.stderr.write(message + '\\n'); process.exit(3); };
for (const flag of ['-f', '--output-file', '-m', '--dtw']) if (!args.includes(flag)) fail('missing ' + flag);
if (!args.includes('-ojf') || !args.includes('--output-json')) fail('not asked for full JSON');
if (!fs.existsSync(value('-m'))) fail('no model at ' + value('-m'));
if (!fs.readFileSync(value('-f')).subarray(0, 4).equals(Buffer.from('RIFF'))) fail('input is not a WAV');
fs.writeFileSync(process.env.FAKE_WHISPER_ARGS, JSON.stringify(args));
const language = value('-l') === 'auto' ? 'en' : value('-l');
const stamp = (ms) => new Date(ms).toISOString().slice(11, 23).replace('.', ',');
const words = JSON.parse(process.env.FAKE_WHISPER_WORDS);
const transcription = words.map(([text, from, to, p]) => ({
	timestamps: { from: stamp(from), to: stamp(to) }, offsets: { from, to }, text,
	tokens: [{ text, timestamps: { from: stamp(from), to: stamp(to) }, offsets: { from, to }, id: 1, p, t_dtw: Math.round(from / 10) }],
}));
fs.writeFileSync(value('--output-file') + '.json', JSON.stringify({
	systeminfo: 'AVX = 1', model: { type: 'tiny', multilingual: true, vocab: 51865, audio: { ctx: 1500, state: 384, head: 6, layer: 4 }, text: { ctx: 448, state: 384, head: 6, layer: 4 }, mels: 80, ftype: 1 },
	params: { model: value('-m'), language, translate: false }, result: { language }, transcription,
}));
process.stderr.write('whisper_print_progress_callback: progress = 100%\\n');
`;

let whisperPath: string;
let argsFile: string;
let audioPath: string;
let modelServer: http.Server;
let modelUrl: string;

beforeAll(async () => {
	const dir = makeTempDir('whisper');
	whisperPath = path.join(dir, 'whisper.cpp');
	fs.mkdirSync(path.join(whisperPath, 'build', 'bin'), { recursive: true });
	fs.writeFileSync(path.join(whisperPath, 'build', 'bin', 'whisper-cli'), FAKE_WHISPER, { mode: 0o755 });
	fs.writeFileSync(path.join(whisperPath, 'ggml-tiny.bin'), 'fake model');
	argsFile = path.join(dir, 'args.json');
	process.env.FAKE_WHISPER_ARGS = argsFile;
	audioPath = path.join(dir, 'speech.wav');
	fs.writeFileSync(audioPath, Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(40)]));
	modelServer = http.createServer((req, res) => (req.url === '/models/ggml-base.bin' ? res.end('downloaded model') : res.writeHead(404).end()));
	modelUrl = `${await listenOnLoopback(modelServer)}/models/ggml-{model}.bin`;
});
afterAll(async () => {
	delete process.env.FAKE_WHISPER_ARGS;
	delete process.env.FAKE_WHISPER_WORDS;
	await closeServer(modelServer);
});

const provider = (options: Partial<WhisperCppOptions> = {}) =>
	createWhisperCppProvider({ whisperPath, version: '1.7.5', model: 'tiny', modelFolder: whisperPath, modelDownloadUrl: null, fetch, ...options });
const speak = (words: [string, number, number, number][]) => {
	process.env.FAKE_WHISPER_WORDS = JSON.stringify(words);
};

describe('createWhisperCppProvider (against a stand-in whisper-cli)', () => {
	it('runs transcribe() with token timestamps and the model, and turns toCaptions() tokens into words', async () => {
		speak([
			[' Captions', 0, 480, 0.91],
			[' for', 480, 620, 0.88],
			[' any', 640, 800, 0.95],
			[' clip.', 820, 1300, 0.7],
			[' [BLANK_AUDIO]', 1300, 3000, 0.5],
		]);
		const result = await provider().transcribe({ audioPath, durationMs: 3000, language: null });
		const args = JSON.parse(fs.readFileSync(argsFile, 'utf8')) as string[];
		expect(args[args.indexOf('-m') + 1]).toBe(path.join(whisperPath, 'ggml-tiny.bin'));
		expect(args[args.indexOf('-l') + 1]).toBe('auto');
		expect(args[args.indexOf('--dtw') + 1]).toBe('tiny');
		expect(result.language).toBe('en');
		expect(result.words.map(({ text, startMs, endMs, confidence }) => [text, startMs, endMs, confidence])).toEqual([
			['Captions', 0, 480, 0.91],
			['for', 480, 620, 0.88],
			['any', 640, 800, 0.95],
			['clip.', 820, 1300, 0.7],
		]);
		expect(fs.existsSync(path.join(process.cwd(), 'tmp.json'))).toBe(false);
	});

	it('passes a given language on', async () => {
		speak([[' Hallo', 0, 400, 0.9]]);
		const result = await provider().transcribe({ audioPath, durationMs: 400, language: 'de' });
		const args = JSON.parse(fs.readFileSync(argsFile, 'utf8')) as string[];
		expect(args[args.indexOf('-l') + 1]).toBe('de');
		expect(result).toMatchObject({ language: 'de', words: [{ text: 'Hallo' }] });
	});

	it('downloads a missing model through the given fetch on first use, then keeps it', async () => {
		speak([[' ok', 0, 200, 0.9]]);
		await provider({ model: 'base', modelDownloadUrl: modelUrl }).transcribe({ audioPath, durationMs: 200, language: null });
		expect(fs.readFileSync(path.join(whisperPath, 'ggml-base.bin'), 'utf8')).toBe('downloaded model');
	});

	it('says what to set when the model is missing and cannot be downloaded, or the build is not there', async () => {
		const missing = await provider({ model: 'small' })
			.transcribe({ audioPath, durationMs: 200, language: null })
			.catch((error: unknown) => error);
		expect(missing).toBeInstanceOf(TranscriptionError);
		expect(missing).toMatchObject({ code: 'missing-model', retryable: false });
		expect((missing as Error).message).toMatch(/ggml-small\.bin.*WHISPER_CPP_MODEL_DIR.*WHISPER_CPP_MODEL_URL/);
		const noBuild = await provider({ whisperPath: path.join(whisperPath, 'nowhere') })
			.transcribe({ audioPath, durationMs: 200, language: null })
			.catch((error: unknown) => error);
		expect((noBuild as Error).message).toMatch(/WHISPER_CPP_PATH/);
	});

	it('refuses another language on an English-only model before running anything', async () => {
		const error = await provider({ model: 'tiny.en' })
			.transcribe({ audioPath, durationMs: 200, language: 'ja' })
			.catch((caught: unknown) => caught);
		expect(error).toMatchObject({ code: 'unsupported-language' });
		expect((error as Error).message).toMatch(/English-only.*WHISPER_CPP_MODEL/);
	});
});
