import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTranscriptionServer, startFakeTranscriptionServer } from '../../../tests/support/fake-transcription-server.js';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { TranscriptionError } from '../transcription-provider.js';
import { createElevenLabsTranscriber } from './create-elevenlabs-transcriber.js';

const API_KEY = 'sk_test_stt_9a8b7c6d5e4f';
let server: FakeTranscriptionServer;
let audioPath: string;
let sleeps: number[] = [];

beforeAll(async () => {
	server = await startFakeTranscriptionServer({ path: '/v1/speech-to-text', auth: (headers) => headers['xi-api-key'] === API_KEY });
	audioPath = path.join(makeTempDir('elevenlabs-stt'), 'speech.wav');
	fs.writeFileSync(audioPath, Buffer.alloc(1600, 1));
});
afterAll(() => server?.close());

const transcriber = (apiKey = API_KEY) =>
	createElevenLabsTranscriber({
		apiKey,
		baseUrl: server.url,
		modelId: 'scribe_v1',
		fetch,
		maxRetries: 2,
		sleep: async (ms) => {
			sleeps.push(ms);
		},
	});

/** The documented answer: words, the spaces between them as "spacing" entries, sounds as "audio_event", an ISO 639-3 language. */
const scribe = (entries: [string, number, number, 'word' | 'spacing' | 'audio_event'][], language = 'eng') => ({
	status: 200,
	body: {
		language_code: language,
		language_probability: 0.98,
		text: entries.map(([text]) => text).join(''),
		words: entries.map(([text, start, end, type]) => ({ text, start, end, type, logprob: -0.05 })),
	},
});

const failureOf = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => new Error('expected a failure'),
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(TranscriptionError);
	expect((error as Error).message).not.toContain(API_KEY);
	return error as TranscriptionError;
};

describe('createElevenLabsTranscriber', () => {
	it('uploads the audio with the model and word timestamps through the SDK, keeping words and dropping spaces and sounds', async () => {
		server.answer(
			scribe([
				['(laughs)', 0, 0.4, 'audio_event'],
				['Hello', 0.5, 0.9, 'word'],
				[' ', 0.9, 1.0, 'spacing'],
				['world!', 1.0, 1.6, 'word'],
			]),
		);
		const result = await transcriber().transcribe({ audioPath, durationMs: 100, language: null });
		expect(server.received[0]?.fields).toMatchObject({ model_id: ['scribe_v1'], timestamps_granularity: ['word'], tag_audio_events: ['false'] });
		expect(server.received[0]?.file).toMatchObject({ bytes: 1600 });
		expect(result.language).toBe('en');
		expect(result.words.map(({ text, startMs, endMs }) => [text, startMs, endMs])).toEqual([
			['Hello', 500, 900],
			['world!', 1000, 1600],
		]);
		expect(result.words[0]?.confidence).toBeCloseTo(Math.exp(-0.05), 5);
	});

	it('passes the language code and regroups Japanese characters into words', async () => {
		server.answer(
			scribe(
				[...'今日は'].map((char, index) => [char, index * 0.2, index * 0.2 + 0.2, 'word'] as [string, number, number, 'word']),
				'jpn',
			),
		);
		const result = await transcriber().transcribe({ audioPath, durationMs: 100, language: 'ja' });
		expect(server.received[0]?.fields.language_code).toEqual(['ja']);
		expect(result).toMatchObject({
			language: 'ja',
			words: [
				{ text: '今日', startMs: 0, endMs: 400 },
				{ text: 'は', startMs: 400, endMs: 600 },
			],
		});
	});

	it('reports a rejected key as unauthorized, naming ELEVENLABS_API_KEY, without retrying', async () => {
		sleeps = [];
		const error = await failureOf(transcriber('sk_wrong_123456').transcribe({ audioPath, durationMs: 100, language: null }));
		expect(error).toMatchObject({ code: 'unauthorized', retryable: false });
		expect(error.message).toMatch(/ELEVENLABS_API_KEY/);
		expect(sleeps).toEqual([]);
	});

	it('retries a rate limit after Retry-After and a 500 with backoff; a spent quota not at all', async () => {
		sleeps = [];
		server.answer(
			{ status: 429, headers: { 'retry-after': '1' }, body: { detail: { status: 'too_many_concurrent_requests', message: 'Busy' } } },
			scribe([['ok', 0, 0.2, 'word']]),
		);
		expect((await transcriber().transcribe({ audioPath, durationMs: 100, language: null })).words.map((word) => word.text)).toEqual(['ok']);
		expect(sleeps).toEqual([1000]);
		sleeps = [];
		server.answer({ status: 500, body: { detail: { status: 'internal_error', message: 'Oops' } } });
		expect(await failureOf(transcriber().transcribe({ audioPath, durationMs: 100, language: null }))).toMatchObject({ code: 'upstream', retryable: true });
		expect(sleeps).toEqual([1000, 2000]);
		sleeps = [];
		server.answer({ status: 401, body: { detail: { status: 'quota_exceeded', message: 'This request exceeds your quota' } } });
		expect(await failureOf(transcriber().transcribe({ audioPath, durationMs: 100, language: null }))).toMatchObject({
			code: 'quota-exceeded',
			retryable: false,
		});
		expect(sleeps).toEqual([]);
		expect(server.violations).toEqual([]);
	});
});
