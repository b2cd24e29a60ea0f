import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTranscriptionServer, startFakeTranscriptionServer } from '../../../tests/support/fake-transcription-server.js';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { TranscriptionError } from '../transcription-provider.js';
import { createOpenAiTranscriber } from './create-openai-transcriber.js';

const API_KEY = 'sk-test-7c1d2e3f4a5b6c7d';
let server: FakeTranscriptionServer;
let audioPath: string;
let sleeps: number[] = [];

beforeAll(async () => {
	server = await startFakeTranscriptionServer({ path: '/v1/audio/transcriptions', auth: (headers) => headers.authorization === `Bearer ${API_KEY}` });
	audioPath = path.join(makeTempDir('openai-stt'), 'speech.wav');
	fs.writeFileSync(audioPath, Buffer.alloc(3200, 1));
});
afterAll(() => server?.close());

const transcriber = (apiKey = API_KEY) =>
	createOpenAiTranscriber({
		apiKey,
		baseUrl: `${server.url}/v1`,
		model: 'whisper-1',
		fetch,
		maxRetries: 2,
		sleep: async (ms) => {
			sleeps.push(ms);
		},
	});
const request = (language: string | null = null) => ({ audioPath, durationMs: 100, language });
const failureOf = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => new Error('expected a failure'),
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(TranscriptionError);
	expect((error as Error).message).not.toContain(API_KEY);
	return error as TranscriptionError;
};

/** verbose_json as documented for timestamp_granularities[]=word: seconds, words without their spaces, the language by name. */
const verbose = (words: [string, number, number][], language = 'english') => ({
	status: 200,
	body: {
		task: 'transcribe',
		language,
		duration: 3.2,
		text: words.map(([word]) => word).join(' '),
		words: words.map(([word, start, end]) => ({ word, start, end })),
	},
});

describe('createOpenAiTranscriber', () => {
	it('posts the audio as multipart with verbose_json and word timestamps, and reads the words and the language', async () => {
		sleeps = [];
		server.answer(
			verbose([
				['Captions', 0.12, 0.6],
				['for', 0.6, 0.74],
				['everyone.', 0.8, 1.42],
			]),
		);
		const result = await transcriber().transcribe(request());
		expect(server.received).toHaveLength(1);
		expect(server.received[0]?.fields).toEqual({ model: ['whisper-1'], response_format: ['verbose_json'], 'timestamp_granularities[]': ['word'] });
		expect(server.received[0]?.file).toMatchObject({ name: 'speech.wav', type: 'audio/wav', bytes: 3200 });
		expect(result.language).toBe('en');
		expect(result.words.map(({ text, startMs, endMs }) => [text, startMs, endMs])).toEqual([
			['Captions', 120, 600],
			['for', 600, 740],
			['everyone.', 800, 1420],
		]);
	});

	it('sends a given language, and joins Chinese characters back into words', async () => {
		server.answer(
			verbose(
				[
					['我', 0, 0.2],
					['们', 0.2, 0.4],
					['学', 0.5, 0.7],
					['习', 0.7, 0.9],
				],
				'chinese',
			),
		);
		const result = await transcriber().transcribe(request('zh'));
		expect(server.received[0]?.fields.language).toEqual(['zh']);
		expect(result).toMatchObject({
			language: 'zh',
			words: [
				{ text: '我们', startMs: 0, endMs: 400 },
				{ text: '学习', startMs: 500, endMs: 900 },
			],
		});
	});

	it('reports a rejected key as unauthorized without retrying, naming the variable and never the key', async () => {
		sleeps = [];
		const error = await failureOf(transcriber('sk-wrong-0000').transcribe(request()));
		expect(error).toMatchObject({ code: 'unauthorized', retryable: false });
		expect(error.message).toMatch(/TRANSCRIPTION_OPENAI_API_KEY/);
		expect(sleeps).toEqual([]);
	});

	it('waits out a 429 as Retry-After says, then succeeds', async () => {
		sleeps = [];
		server.answer(
			{ status: 429, headers: { 'retry-after': '2' }, body: { error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } } },
			verbose([['ok', 0, 0.3]]),
		);
		const result = await transcriber().transcribe(request());
		expect(sleeps).toEqual([2000]);
		expect(result.words.map((word) => word.text)).toEqual(['ok']);
	});

	it('does not retry a spent quota', async () => {
		sleeps = [];
		server.answer({ status: 429, body: { error: { message: 'You exceeded your current quota', code: 'insufficient_quota' } } });
		expect(await failureOf(transcriber().transcribe(request()))).toMatchObject({ code: 'quota-exceeded', retryable: false });
		expect(sleeps).toEqual([]);
	});

	it('retries a 5xx with backoff and says how many attempts it made', async () => {
		sleeps = [];
		server.answer({ status: 503, body: { error: { message: 'Service Unavailable' } } });
		const error = await failureOf(transcriber().transcribe(request()));
		expect(error).toMatchObject({ code: 'upstream', retryable: true });
		expect(error.message).toMatch(/HTTP 503.*gave up after 3 attempts/);
		expect(sleeps).toEqual([1000, 2000]);
	});

	it('maps a refused language and a too-large file to one-line reasons', async () => {
		server.answer({ status: 400, body: { error: { message: "Language 'xx' is not supported", code: 'unsupported_language' } } });
		expect(await failureOf(transcriber().transcribe(request('xx')))).toMatchObject({ code: 'unsupported-language', retryable: false });
		server.answer({ status: 413, body: { error: { message: 'Maximum content size limit (26214400) exceeded' } } });
		expect(await failureOf(transcriber().transcribe(request()))).toMatchObject({ code: 'too-long', retryable: false });
		expect(server.violations).toEqual([]);
	});
});
