import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createElevenLabsProvider, type ElevenLabsProviderOptions } from './create-elevenlabs-provider.js';
import { VoiceoverError } from './voiceover-provider.js';

const API_KEY = 'sk_test_5f1e9c0d2b7a4e3f';
const AUDIO = Buffer.from('ID3 pretend mp3 bytes');

type Received = { method: string; path: string; query: URLSearchParams; apiKey: string | undefined; body: Record<string, unknown> };
type Reply = { status: number; headers?: Record<string, string>; body: unknown };

/** Speaks the documented with-timestamps protocol: one character every 50 ms, the alignment spelling the request text. */
const speechFor = (text: string): Reply => {
	const characters = [...text];
	return {
		status: 200,
		body: {
			audio_base64: AUDIO.toString('base64'),
			alignment: {
				characters,
				character_start_times_seconds: characters.map((_, i) => i * 0.05),
				character_end_times_seconds: characters.map((_, i) => (i + 1) * 0.05),
			},
			normalized_alignment: null,
		},
	};
};
const failure = (status: number, detail: unknown, headers?: Record<string, string>): Reply => ({ status, headers, body: { detail } });

let server: http.Server;
let baseUrl: string;
let received: Received[] = [];
/** Answers for the coming requests, in order; the last one repeats. 'speak' answers with speech for the request text. */
let script: (Reply | 'speak')[] = [];

beforeAll(async () => {
	server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk: Buffer) => {
			raw += chunk.toString();
		});
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://localhost');
			const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
			const apiKey = req.headers['xi-api-key'];
			received.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, apiKey: typeof apiKey === 'string' ? apiKey : undefined, body });
			const send = ({ status, headers, body }: Reply) => {
				res.writeHead(status, { 'content-type': 'application/json', ...headers });
				res.end(JSON.stringify(body));
			};
			if (req.method !== 'POST' || !/^\/v1\/text-to-speech\/[^/]+\/with-timestamps$/.test(url.pathname)) {
				send(failure(404, { status: 'not_found', message: `No route ${req.method} ${url.pathname}` }));
			} else if (apiKey !== API_KEY) {
				send(failure(401, { status: 'invalid_api_key', message: 'Invalid API key' }));
			} else if (typeof body.text !== 'string' || typeof body.model_id !== 'string') {
				send({ status: 422, body: { detail: [{ loc: ['body', 'text'], msg: 'field required', type: 'value_error.missing' }] } });
			} else {
				const next = (script.length > 1 ? script.shift() : script[0]) ?? 'speak';
				send(next === 'speak' ? speechFor(body.text) : next);
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

let sleeps: number[] = [];
beforeEach(() => {
	received = [];
	script = ['speak'];
	sleeps = [];
});

const provider = (options: Partial<ElevenLabsProviderOptions> = {}) =>
	createElevenLabsProvider({
		apiKey: API_KEY,
		baseUrl,
		defaultVoiceId: 'voice-default',
		modelId: 'eleven_multilingual_v2',
		maxRetries: 3,
		sleep: async (ms) => {
			sleeps.push(ms);
		},
		...options,
	});

const failureOf = async (promise: Promise<unknown>): Promise<VoiceoverError> => {
	const error = await promise.then(
		() => {
			throw new Error('expected the call to fail');
		},
		(error: unknown) => error,
	);
	expect(error).toBeInstanceOf(VoiceoverError);
	const voiceoverError = error as VoiceoverError;
	expect(voiceoverError.message).not.toContain(API_KEY);
	return voiceoverError;
};

describe('createElevenLabsProvider', () => {
	it('speaks the text with the default voice and returns the audio with word timings', async () => {
		const text = 'Hello  brave new\tworld.';
		const speech = await provider().synthesize({ text, voice: '', settings: {} });

		expect(received).toHaveLength(1);
		expect(received[0]).toMatchObject({ method: 'POST', path: '/v1/text-to-speech/voice-default/with-timestamps', apiKey: API_KEY });
		expect(received[0]?.query.get('output_format')).toBe('mp3_44100_128');
		expect(received[0]?.body).toEqual({ text, model_id: 'eleven_multilingual_v2' });
		expect(speech.audio.equals(AUDIO)).toBe(true);
		expect(speech.format).toBe('mp3');
		expect(speech.words).toEqual([
			{ text: 'Hello', startMs: 0, endMs: 250, charStart: 0, charEnd: 5 },
			{ text: 'brave', startMs: 350, endMs: 600, charStart: 7, charEnd: 12 },
			{ text: 'new', startMs: 650, endMs: 800, charStart: 13, charEnd: 16 },
			{ text: 'world.', startMs: 850, endMs: 1150, charStart: 17, charEnd: 23 },
		]);
	});

	it('uses the requested voice, model and voice settings', async () => {
		await provider({ outputFormat: 'wav_44100' }).synthesize({
			text: 'Hi',
			voice: 'voice-custom',
			settings: { modelId: 'eleven_flash_v2_5', voice_settings: { stability: 0.4, similarity_boost: 0.8, style: 0, use_speaker_boost: true, speed: 1.1 } },
		});
		expect(received[0]?.path).toBe('/v1/text-to-speech/voice-custom/with-timestamps');
		expect(received[0]?.query.get('output_format')).toBe('wav_44100');
		expect(received[0]?.body).toEqual({
			text: 'Hi',
			model_id: 'eleven_flash_v2_5',
			voice_settings: { stability: 0.4, similarity_boost: 0.8, style: 0, use_speaker_boost: true, speed: 1.1 },
		});
	});

	it('rejects unknown or out-of-range settings without calling ElevenLabs', async () => {
		const typo = await failureOf(provider().synthesize({ text: 'Hi', voice: '', settings: { voice_settings: { stabilty: 0.5 } } }));
		expect(typo).toMatchObject({ code: 'invalid-request', retryable: false });
		expect(typo.message).toMatch(/stabilty/);
		const tooFast = await failureOf(provider().synthesize({ text: 'Hi', voice: '', settings: { voice_settings: { speed: 3 } } }));
		expect(tooFast.message).toMatch(/voice_settings\.speed/);
		expect(received).toHaveLength(0);
	});

	it('reports an invalid key as unauthorized, naming the variable but never the key', async () => {
		const wrongKey = 'sk_wrong_0b7c9d1e2f3a';
		const error = await failureOf(provider({ apiKey: wrongKey }).synthesize({ text: 'Hi', voice: '', settings: {} }));
		expect(error).toMatchObject({ code: 'unauthorized', retryable: false });
		expect(error.message).toMatch(/ELEVENLABS_API_KEY is invalid/);
		expect(error.message).not.toContain(wrongKey);
		expect(received).toHaveLength(1);
	});

	it('waits as long as Retry-After says after a 429, then succeeds', async () => {
		script = [failure(429, { status: 'too_many_concurrent_requests', message: 'Too many concurrent requests' }, { 'retry-after': '7' }), 'speak'];
		const speech = await provider().synthesize({ text: 'Hi there', voice: '', settings: {} });
		expect(sleeps).toEqual([7000]);
		expect(received).toHaveLength(2);
		expect(speech.words.map((word) => word.text)).toEqual(['Hi', 'there']);
	});

	it('gives up on a lasting rate limit as rate-limited, retryable, with the wait ElevenLabs asked for', async () => {
		script = [failure(429, { status: 'system_busy', message: 'The system is busy' }, { 'retry-after': '2' })];
		const error = await failureOf(provider({ maxRetries: 2 }).synthesize({ text: 'Hi', voice: '', settings: {} }));
		expect(error).toMatchObject({ code: 'rate-limited', retryable: true, retryAfterMs: 2000 });
		expect(error.message).toMatch(/system_busy.*3 attempts/);
		expect(received).toHaveLength(3);
		expect(sleeps).toEqual([2000, 2000]);
	});

	it('does not hold the worker for a Retry-After longer than a minute', async () => {
		script = [failure(429, { status: 'too_many_concurrent_requests' }, { 'retry-after': '600' })];
		const error = await failureOf(provider().synthesize({ text: 'Hi', voice: '', settings: {} }));
		expect(error).toMatchObject({ code: 'rate-limited', retryable: true, retryAfterMs: 600_000 });
		expect(sleeps).toEqual([]);
	});

	it('retries server errors with exponential backoff', async () => {
		script = [failure(500, { status: 'internal_error' }), failure(503, { status: 'service_unavailable' }), 'speak'];
		const speech = await provider().synthesize({ text: 'Hi', voice: '', settings: {} });
		expect(speech.words).toHaveLength(1);
		expect(sleeps).toEqual([1000, 2000]);
		expect(received).toHaveLength(3);
	});

	it('reports lasting server errors as upstream and retryable', async () => {
		script = [failure(500, { status: 'internal_error', message: 'Something broke' })];
		const error = await failureOf(provider().synthesize({ text: 'Hi', voice: '', settings: {} }));
		expect(error).toMatchObject({ code: 'upstream', retryable: true });
		expect(error.message).toMatch(/HTTP 500: Something broke/);
		expect(received).toHaveLength(4);
		expect(sleeps).toEqual([1000, 2000, 4000]);
	});

	it('reports an exhausted quota without retrying, whether ElevenLabs answers 401 or 400', async () => {
		for (const status of [401, 400]) {
			received = [];
			script = [failure(status, { status: 'quota_exceeded', message: 'This request exceeds your quota of 10000. You have 3 credits remaining.' })];
			const error = await failureOf(provider().synthesize({ text: 'Hi', voice: '', settings: {} }));
			expect(error).toMatchObject({ code: 'quota-exceeded', retryable: false });
			expect(error.message).toMatch(/3 credits remaining/);
			expect(received).toHaveLength(1);
		}
	});

	it('reports text the model refuses as too long, without retrying', async () => {
		script = [
			failure(400, {
				status: 'max_character_limit_exceeded',
				message: "This request's text has 9001 characters and exceeds the character limit of 5000 characters.",
			}),
		];
		const error = await failureOf(provider().synthesize({ text: 'Hi', voice: '', settings: {} }));
		expect(error).toMatchObject({ code: 'text-too-long', retryable: false });
		expect(received).toHaveLength(1);
	});

	it('refuses text over maxChars before calling ElevenLabs', async () => {
		const small = provider({ maxChars: 10 });
		expect(small.maxChars).toBe(10);
		const error = await failureOf(small.synthesize({ text: 'eleven char', voice: '', settings: {} }));
		expect(error).toMatchObject({ code: 'text-too-long', retryable: false });
		expect(received).toHaveLength(0);
	});

	it('reports other refusals as invalid requests', async () => {
		script = [failure(404, { status: 'voice_not_found', message: 'A voice with the voice_id nope was not found.' })];
		const error = await failureOf(provider().synthesize({ text: 'Hi', voice: 'nope', settings: {} }));
		expect(error).toMatchObject({ code: 'invalid-request', retryable: false });
		expect(error.message).toMatch(/HTTP 404: A voice with the voice_id nope/);
	});

	it('reports an unreachable server as unavailable after retrying', async () => {
		const closed = http.createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
		await new Promise((resolve) => closed.close(resolve));
		const error = await failureOf(provider({ baseUrl: deadUrl, maxRetries: 1 }).synthesize({ text: 'Hi', voice: '', settings: {} }));
		expect(error).toMatchObject({ code: 'unavailable', retryable: true });
		expect(error.message).toContain(deadUrl);
		expect(sleeps).toEqual([1000]);
	});

	it('never repeats the key, even when ElevenLabs echoes it', async () => {
		script = [failure(400, { status: 'invalid_voice_settings', message: `Bad settings for key ${API_KEY}` })];
		const error = await failureOf(provider().synthesize({ text: 'Hi', voice: '', settings: {} }));
		expect(error.message).toContain('[redacted]');
	});

	it('stops when the render is cancelled', async () => {
		const controller = new AbortController();
		script = [failure(500, { status: 'internal_error' })];
		const cancelling = provider({
			sleep: async () => {
				controller.abort(new Error('render cancelled'));
			},
		});
		await expect(cancelling.synthesize({ text: 'Hi', voice: '', settings: {}, signal: controller.signal })).rejects.toThrow('render cancelled');
		expect(received).toHaveLength(1);
	});
});
